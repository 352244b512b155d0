using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hfi.Planning.Data.Migrations
{
    /// <inheritdoc />
    public partial class PlanHistoryAndRevisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AnnouncedAt",
                table: "planned_meetings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RevisionCount",
                table: "annual_plans",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "meeting_changes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Before = table.Column<string>(type: "jsonb", nullable: false),
                    After = table.Column<string>(type: "jsonb", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meeting_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_meeting_changes_planned_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "planned_meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_revisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    PlanVersion = table.Column<int>(type: "integer", nullable: false),
                    Summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    RevisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RevisedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_revisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plan_revisions_annual_plans_Year",
                        column: x => x.Year,
                        principalTable: "annual_plans",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_meeting_changes_MeetingId",
                table: "meeting_changes",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_plan_revisions_Year_Number",
                table: "plan_revisions",
                columns: new[] { "Year", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "meeting_changes");

            migrationBuilder.DropTable(
                name: "plan_revisions");

            migrationBuilder.DropColumn(
                name: "AnnouncedAt",
                table: "planned_meetings");

            migrationBuilder.DropColumn(
                name: "RevisionCount",
                table: "annual_plans");
        }
    }
}
