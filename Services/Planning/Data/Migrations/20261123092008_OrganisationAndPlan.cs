using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Hfi.Planning.Data.Migrations
{
    /// <inheritdoc />
    public partial class OrganisationAndPlan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "annual_plans",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ApprovalCase = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_annual_plans", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "partners",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RegionId = table.Column<string>(type: "character varying(100)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partners", x => x.Id);
                    table.ForeignKey(
                        name: "FK_partners_regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "regions",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "planned_meetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    ArenaId = table.Column<string>(type: "character varying(200)", nullable: true),
                    ArenaText = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RegionId = table.Column<string>(type: "character varying(100)", nullable: true),
                    RegionText = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Weekday = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PlaceKind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Topics = table.Column<string>(type: "jsonb", nullable: false),
                    ImportKey = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SourceRow = table.Column<int>(type: "integer", nullable: true),
                    Date_Anchor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Date_First = table.Column<DateOnly>(type: "date", nullable: true),
                    Date_Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Date_Last = table.Column<DateOnly>(type: "date", nullable: true),
                    Date_Text = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Time_DurationMinutes = table.Column<int>(type: "integer", nullable: true),
                    Time_End = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    Time_Start = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    Time_Text = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_planned_meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_planned_meetings_annual_plans_Year",
                        column: x => x.Year,
                        principalTable: "annual_plans",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_planned_meetings_arenas_ArenaId",
                        column: x => x.ArenaId,
                        principalTable: "arenas",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_planned_meetings_regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "regions",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "arena_members",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ArenaId = table.Column<string>(type: "character varying(200)", nullable: false),
                    PersonName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    PartnerId = table.Column<string>(type: "character varying(100)", nullable: true),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    HasVotingRight = table.Column<bool>(type: "boolean", nullable: false),
                    TermFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    TermTo = table.Column<DateOnly>(type: "date", nullable: true),
                    SubstituteForMemberId = table.Column<Guid>(type: "uuid", nullable: true),
                    SubstituteRank = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_arena_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_arena_members_arena_members_SubstituteForMemberId",
                        column: x => x.SubstituteForMemberId,
                        principalTable: "arena_members",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_arena_members_arenas_ArenaId",
                        column: x => x.ArenaId,
                        principalTable: "arenas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_arena_members_partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "partners",
                        principalColumn: "Id");
                });

            migrationBuilder.InsertData(
                table: "partners",
                columns: new[] { "Id", "Kind", "Name", "RegionId" },
                values: new object[,]
                {
                    { "alvdal", "Municipality", "Alvdal", "nord-osterdal" },
                    { "amot", "Municipality", "Åmot", "sor-osterdal" },
                    { "asnes", "Municipality", "Åsnes", "sor-osterdal" },
                    { "dovre", "Municipality", "Dovre", "nord-gudbrandsdal" },
                    { "eidskog", "Municipality", "Eidskog", "sor-osterdal" },
                    { "elverum", "Municipality", "Elverum", "sor-osterdal" },
                    { "engerdal", "Municipality", "Engerdal", "sor-osterdal" },
                    { "etnedal", "Municipality", "Etnedal", "valdres" },
                    { "folldal", "Municipality", "Folldal", "nord-osterdal" },
                    { "gausdal", "Municipality", "Gausdal", "sor-gudbrandsdal" },
                    { "gjovik", "Municipality", "Gjøvik", "gjovik-hadeland" },
                    { "gran", "Municipality", "Gran", "gjovik-hadeland" },
                    { "grue", "Municipality", "Grue", "sor-osterdal" },
                    { "hamar", "Municipality", "Hamar", "hamar" },
                    { "jevnaker", "Municipality", "Jevnaker", "gjovik-hadeland" },
                    { "kongsvinger", "Municipality", "Kongsvinger", "sor-osterdal" },
                    { "lesja", "Municipality", "Lesja", "nord-gudbrandsdal" },
                    { "lillehammer", "Municipality", "Lillehammer", "sor-gudbrandsdal" },
                    { "lom", "Municipality", "Lom", "nord-gudbrandsdal" },
                    { "loten", "Municipality", "Løten", "hamar" },
                    { "lunner", "Municipality", "Lunner", "gjovik-hadeland" },
                    { "nord-aurdal", "Municipality", "Nord-Aurdal", "valdres" },
                    { "nord-fron", "Municipality", "Nord-Fron", "sor-gudbrandsdal" },
                    { "nord-odal", "Municipality", "Nord-Odal", "sor-osterdal" },
                    { "nordre-land", "Municipality", "Nordre Land", "gjovik-hadeland" },
                    { "os", "Municipality", "Os", "nord-osterdal" },
                    { "ostre-toten", "Municipality", "Østre Toten", "gjovik-hadeland" },
                    { "oyer", "Municipality", "Øyer", "sor-gudbrandsdal" },
                    { "oystre-slidre", "Municipality", "Øystre Slidre", "valdres" },
                    { "rendalen", "Municipality", "Rendalen", "nord-osterdal" },
                    { "ringebu", "Municipality", "Ringebu", "sor-gudbrandsdal" },
                    { "ringsaker", "Municipality", "Ringsaker", "hamar" },
                    { "sel", "Municipality", "Sel", "nord-gudbrandsdal" },
                    { "skjak", "Municipality", "Skjåk", "nord-gudbrandsdal" },
                    { "sondre-land", "Municipality", "Søndre Land", "gjovik-hadeland" },
                    { "sor-aurdal", "Municipality", "Sør-Aurdal", "valdres" },
                    { "sor-fron", "Municipality", "Sør-Fron", "sor-gudbrandsdal" },
                    { "sor-odal", "Municipality", "Sør-Odal", "sor-osterdal" },
                    { "stange", "Municipality", "Stange", "hamar" },
                    { "stor-elvdal", "Municipality", "Stor-Elvdal", "sor-osterdal" },
                    { "sykehuset-innlandet", "Hospital", "Sykehuset Innlandet", null },
                    { "tolga", "Municipality", "Tolga", "nord-osterdal" },
                    { "trysil", "Municipality", "Trysil", "sor-osterdal" },
                    { "tynset", "Municipality", "Tynset", "nord-osterdal" },
                    { "vaga", "Municipality", "Vågå", "nord-gudbrandsdal" },
                    { "valer", "Municipality", "Våler", "sor-osterdal" },
                    { "vang", "Municipality", "Vang", "valdres" },
                    { "vestre-slidre", "Municipality", "Vestre Slidre", "valdres" },
                    { "vestre-toten", "Municipality", "Vestre Toten", "gjovik-hadeland" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_arena_members_ArenaId",
                table: "arena_members",
                column: "ArenaId");

            migrationBuilder.CreateIndex(
                name: "IX_arena_members_Email",
                table: "arena_members",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_arena_members_PartnerId",
                table: "arena_members",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_arena_members_SubstituteForMemberId",
                table: "arena_members",
                column: "SubstituteForMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_partners_RegionId",
                table: "partners",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_planned_meetings_ArenaId",
                table: "planned_meetings",
                column: "ArenaId");

            migrationBuilder.CreateIndex(
                name: "IX_planned_meetings_RegionId",
                table: "planned_meetings",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_planned_meetings_Year_ImportKey",
                table: "planned_meetings",
                columns: new[] { "Year", "ImportKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "arena_members");

            migrationBuilder.DropTable(
                name: "planned_meetings");

            migrationBuilder.DropTable(
                name: "partners");

            migrationBuilder.DropTable(
                name: "annual_plans");
        }
    }
}
