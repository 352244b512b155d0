using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hfi.Meetings.Data.Migrations
{
    /// <inheritdoc />
    public partial class MinutesProceedings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ActualEndsAt",
                table: "meetings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ActualStartsAt",
                table: "meetings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MinutesNote",
                table: "agenda_items",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ActualEndsAt",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "ActualStartsAt",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "MinutesNote",
                table: "agenda_items");
        }
    }
}
