using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hfi.Notifications.Data.Migrations
{
    /// <inheritdoc />
    public partial class NoticeTraceParent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TraceParent",
                table: "notices",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TraceParent",
                table: "notices");
        }
    }
}
