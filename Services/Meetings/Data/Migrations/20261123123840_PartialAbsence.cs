using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hfi.Meetings.Data.Migrations
{
    /// <inheritdoc />
    public partial class PartialAbsence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AbsentFrom",
                table: "attendances",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AbsentUntil",
                table: "attendances",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AbsentFrom",
                table: "attendances");

            migrationBuilder.DropColumn(
                name: "AbsentUntil",
                table: "attendances");
        }
    }
}
