using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Hfi.Planning.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    MessageType = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "jsonb", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    TraceParent = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "processed_messages",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_processed_messages", x => new { x.MessageId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "regions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_regions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "arenas",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RegionId = table.Column<string>(type: "character varying(100)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_arenas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_arenas_regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "regions",
                        principalColumn: "Id");
                });

            migrationBuilder.InsertData(
                table: "arenas",
                columns: new[] { "Id", "Kind", "Name", "RegionId" },
                values: new object[,]
                {
                    { "arbeidsutvalget", "WorkingCommittee", "Arbeidsutvalget", null },
                    { "partnerskapsmotet", "PartnershipMeeting", "Partnerskapsmøtet", null },
                    { "sekretariatet", "Secretariat", "Sekretariatet", null },
                    { "ssu", "StrategicCommittee", "Strategisk samarbeidsutvalg", null }
                });

            migrationBuilder.InsertData(
                table: "regions",
                columns: new[] { "Id", "Name" },
                values: new object[,]
                {
                    { "gjovik-hadeland", "Gjøvik/Hadeland" },
                    { "hamar", "Hamar" },
                    { "nord-gudbrandsdal", "Nord-Gudbrandsdal" },
                    { "nord-osterdal", "Nord-Østerdal" },
                    { "sor-gudbrandsdal", "Sør-Gudbrandsdal" },
                    { "sor-osterdal", "Sør-Østerdal" },
                    { "valdres", "Valdres" }
                });

            migrationBuilder.InsertData(
                table: "arenas",
                columns: new[] { "Id", "Kind", "Name", "RegionId" },
                values: new object[,]
                {
                    { "dialogmote-gjovik-hadeland", "DialogueMeeting", "Dialogmøte Gjøvik/Hadeland", "gjovik-hadeland" },
                    { "dialogmote-hamar", "DialogueMeeting", "Dialogmøte Hamar", "hamar" },
                    { "dialogmote-nord-gudbrandsdal", "DialogueMeeting", "Dialogmøte Nord-Gudbrandsdal", "nord-gudbrandsdal" },
                    { "dialogmote-nord-osterdal", "DialogueMeeting", "Dialogmøte Nord-Østerdal", "nord-osterdal" },
                    { "dialogmote-sor-gudbrandsdal", "DialogueMeeting", "Dialogmøte Sør-Gudbrandsdal", "sor-gudbrandsdal" },
                    { "dialogmote-sor-osterdal", "DialogueMeeting", "Dialogmøte Sør-Østerdal", "sor-osterdal" },
                    { "dialogmote-valdres", "DialogueMeeting", "Dialogmøte Valdres", "valdres" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_arenas_RegionId",
                table: "arenas",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_unsent",
                table: "outbox_messages",
                column: "Sequence",
                filter: "\"SentAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "arenas");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "processed_messages");

            migrationBuilder.DropTable(
                name: "regions");
        }
    }
}
