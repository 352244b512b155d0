using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hfi.Meetings.Data.Migrations
{
    /// <inheritdoc />
    public partial class AgendaAttendanceMinutes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AgendaVersion",
                table: "meetings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Chair",
                table: "meetings",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "NoticeVersion",
                table: "meetings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "NoticedAgendaVersion",
                table: "meetings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "PlannedMeetingId",
                table: "meetings",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PreviousMeetingId",
                table: "meetings",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Secretary",
                table: "meetings",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "meetings",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.CreateTable(
                name: "agenda_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DurationMinutes = table.Column<int>(type: "integer", nullable: false),
                    QuestionMinutes = table.Column<int>(type: "integer", nullable: false),
                    CaseType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Presenter = table.Column<string>(type: "text", nullable: true),
                    Background = table.Column<string>(type: "text", nullable: true),
                    ProposedResolution = table.Column<string>(type: "text", nullable: true),
                    ResolutionPoints = table.Column<List<string>>(type: "text[]", nullable: false),
                    Alternatives = table.Column<List<string>>(type: "text[]", nullable: false),
                    Audience = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Attachments = table.Column<string>(type: "jsonb", nullable: false),
                    StandardStep = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Withdrawn = table.Column<bool>(type: "boolean", nullable: false),
                    Decision = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agenda_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_agenda_items_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "arena_rules",
                columns: table => new
                {
                    ArenaId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    QuorumPercent = table.Column<int>(type: "integer", nullable: false),
                    MaxProxiesPerHolder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_arena_rules", x => x.ArenaId);
                });

            migrationBuilder.CreateTable(
                name: "attendances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    PartnerName = table.Column<string>(type: "text", nullable: true),
                    PartnerKind = table.Column<string>(type: "text", nullable: true),
                    HasVotingRight = table.Column<bool>(type: "boolean", nullable: false),
                    SubstituteForMemberId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AbsenceNote = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attendances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_attendances_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_number_sequences",
                columns: table => new
                {
                    ArenaId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    LastNumber = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_number_sequences", x => new { x.ArenaId, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "conflicts_of_interest",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgendaItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberId = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Reason = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conflicts_of_interest", x => x.Id);
                    table.ForeignKey(
                        name: "FK_conflicts_of_interest_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "follow_ups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ArenaId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgendaItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Audience = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "text", nullable: false),
                    Owner = table.Column<string>(type: "text", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_follow_ups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "issued_notices",
                columns: table => new
                {
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Audience = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Payload = table.Column<string>(type: "jsonb", nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_issued_notices", x => new { x.MeetingId, x.Version, x.Audience });
                });

            migrationBuilder.CreateTable(
                name: "proxies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    GiverMemberId = table.Column<string>(type: "text", nullable: false),
                    GiverName = table.Column<string>(type: "text", nullable: false),
                    HolderMemberId = table.Column<string>(type: "text", nullable: false),
                    HolderName = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_proxies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_proxies_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "substitute_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    AbsentMemberId = table.Column<string>(type: "text", nullable: false),
                    SubstituteMemberId = table.Column<string>(type: "text", nullable: false),
                    SubstituteName = table.Column<string>(type: "text", nullable: false),
                    SubstituteEmail = table.Column<string>(type: "text", nullable: true),
                    Rank = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_substitute_requests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_substitute_requests_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_agenda_items_MeetingId",
                table: "agenda_items",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_attendances_MeetingId_MemberId",
                table: "attendances",
                columns: new[] { "MeetingId", "MemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_conflicts_of_interest_MeetingId_AgendaItemId_MemberId",
                table: "conflicts_of_interest",
                columns: new[] { "MeetingId", "AgendaItemId", "MemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_follow_ups_ArenaId_Status",
                table: "follow_ups",
                columns: new[] { "ArenaId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_proxies_MeetingId_GiverMemberId",
                table: "proxies",
                columns: new[] { "MeetingId", "GiverMemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_substitute_requests_MeetingId",
                table: "substitute_requests",
                column: "MeetingId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agenda_items");

            migrationBuilder.DropTable(
                name: "arena_rules");

            migrationBuilder.DropTable(
                name: "attendances");

            migrationBuilder.DropTable(
                name: "case_number_sequences");

            migrationBuilder.DropTable(
                name: "conflicts_of_interest");

            migrationBuilder.DropTable(
                name: "follow_ups");

            migrationBuilder.DropTable(
                name: "issued_notices");

            migrationBuilder.DropTable(
                name: "proxies");

            migrationBuilder.DropTable(
                name: "substitute_requests");

            migrationBuilder.DropColumn(
                name: "AgendaVersion",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "Chair",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "NoticeVersion",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "NoticedAgendaVersion",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "PlannedMeetingId",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "PreviousMeetingId",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "Secretary",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "meetings");
        }
    }
}
