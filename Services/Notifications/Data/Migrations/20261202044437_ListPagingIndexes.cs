using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hfi.Notifications.Data.Migrations
{
    /// <inheritdoc />
    public partial class ListPagingIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_notices_newest",
                table: "notices",
                columns: new[] { "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "ix_deliveries_by_status",
                table: "deliveries",
                columns: new[] { "Status", "RecipientName", "Id" });

            migrationBuilder.CreateIndex(
                name: "ix_deliveries_log",
                table: "deliveries",
                columns: new[] { "NoticeId", "RecipientName", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_notices_newest",
                table: "notices");

            migrationBuilder.DropIndex(
                name: "ix_deliveries_by_status",
                table: "deliveries");

            migrationBuilder.DropIndex(
                name: "ix_deliveries_log",
                table: "deliveries");
        }
    }
}
