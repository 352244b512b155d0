using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hfi.Notifications.Data.Migrations
{
    /// <inheritdoc />
    public partial class RecipientLookup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "LookupAttempts",
                table: "notices",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "LookupError",
                table: "notices",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "MembersOn",
                table: "notices",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "NextLookupAt",
                table: "notices",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecipientMemberId",
                table: "notices",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RecipientsKnownAt",
                table: "notices",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Rule",
                table: "notices",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Notices from before this migration got their recipients on arrival.
            migrationBuilder.Sql("""UPDATE notices SET "RecipientsKnownAt" = "CreatedAt";""");

            migrationBuilder.CreateIndex(
                name: "ix_notices_awaiting_recipients",
                table: "notices",
                column: "NextLookupAt",
                filter: "\"NextLookupAt\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_notices_awaiting_recipients",
                table: "notices");

            migrationBuilder.DropColumn(
                name: "LookupAttempts",
                table: "notices");

            migrationBuilder.DropColumn(
                name: "LookupError",
                table: "notices");

            migrationBuilder.DropColumn(
                name: "MembersOn",
                table: "notices");

            migrationBuilder.DropColumn(
                name: "NextLookupAt",
                table: "notices");

            migrationBuilder.DropColumn(
                name: "RecipientMemberId",
                table: "notices");

            migrationBuilder.DropColumn(
                name: "RecipientsKnownAt",
                table: "notices");

            migrationBuilder.DropColumn(
                name: "Rule",
                table: "notices");
        }
    }
}
