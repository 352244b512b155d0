using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hfi.Documents.Data.Migrations
{
    /// <inheritdoc />
    public partial class AttachmentVersionsAndChunks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_attachments_MeetingId",
                table: "attachments");

            migrationBuilder.DropColumn(
                name: "ContentType",
                table: "attachments");

            migrationBuilder.DropColumn(
                name: "FileName",
                table: "attachments");

            migrationBuilder.DropColumn(
                name: "Sha256",
                table: "attachments");

            migrationBuilder.DropColumn(
                name: "SizeBytes",
                table: "attachments");

            migrationBuilder.RenameColumn(
                name: "Version",
                table: "attachments",
                newName: "LatestVersion");

            migrationBuilder.RenameColumn(
                name: "UploadedAt",
                table: "attachments",
                newName: "CreatedAt");

            migrationBuilder.AddColumn<string>(
                name: "ArenaId",
                table: "attachments",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Audience",
                table: "attachments",
                type: "character varying(50)",
                maxLength: 50,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "CaseNumber",
                table: "attachments",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExemptionBasis",
                table: "attachments",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "attachments",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Title",
                table: "attachments",
                type: "character varying(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "attachment_chunks",
                columns: table => new
                {
                    BlobId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChunkIndex = table.Column<int>(type: "integer", nullable: false),
                    Data = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attachment_chunks", x => new { x.BlobId, x.ChunkIndex });
                });

            // Most files are compressed already (PDF, OOXML, images): TOAST compression would only cost CPU.
            migrationBuilder.Sql("""ALTER TABLE attachment_chunks ALTER COLUMN "Data" SET STORAGE EXTERNAL;""");

            migrationBuilder.CreateTable(
                name: "attachment_versions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AttachmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    BlobId = table.Column<Guid>(type: "uuid", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SourceVersion = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attachment_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_attachment_versions_attachments_AttachmentId",
                        column: x => x.AttachmentId,
                        principalTable: "attachments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "known_meetings",
                columns: table => new
                {
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    ArenaId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_known_meetings", x => x.MeetingId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_attachments_MeetingId_Kind_Title",
                table: "attachments",
                columns: new[] { "MeetingId", "Kind", "Title" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_attachment_versions_AttachmentId_Version",
                table: "attachment_versions",
                columns: new[] { "AttachmentId", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "attachment_chunks");

            migrationBuilder.DropTable(
                name: "attachment_versions");

            migrationBuilder.DropTable(
                name: "known_meetings");

            migrationBuilder.DropIndex(
                name: "IX_attachments_MeetingId_Kind_Title",
                table: "attachments");

            migrationBuilder.DropColumn(
                name: "ArenaId",
                table: "attachments");

            migrationBuilder.DropColumn(
                name: "Audience",
                table: "attachments");

            migrationBuilder.DropColumn(
                name: "CaseNumber",
                table: "attachments");

            migrationBuilder.DropColumn(
                name: "ExemptionBasis",
                table: "attachments");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "attachments");

            migrationBuilder.DropColumn(
                name: "Title",
                table: "attachments");

            migrationBuilder.RenameColumn(
                name: "LatestVersion",
                table: "attachments",
                newName: "Version");

            migrationBuilder.RenameColumn(
                name: "CreatedAt",
                table: "attachments",
                newName: "UploadedAt");

            migrationBuilder.AddColumn<string>(
                name: "ContentType",
                table: "attachments",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "FileName",
                table: "attachments",
                type: "character varying(255)",
                maxLength: 255,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Sha256",
                table: "attachments",
                type: "character(64)",
                fixedLength: true,
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "SizeBytes",
                table: "attachments",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateIndex(
                name: "IX_attachments_MeetingId",
                table: "attachments",
                column: "MeetingId");
        }
    }
}
