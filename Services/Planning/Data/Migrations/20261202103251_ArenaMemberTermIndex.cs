using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hfi.Planning.Data.Migrations
{
    /// <inheritdoc />
    public partial class ArenaMemberTermIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_arena_members_ArenaId",
                table: "arena_members");

            migrationBuilder.CreateIndex(
                name: "IX_arena_members_ArenaId_TermTo",
                table: "arena_members",
                columns: new[] { "ArenaId", "TermTo" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_arena_members_ArenaId_TermTo",
                table: "arena_members");

            migrationBuilder.CreateIndex(
                name: "IX_arena_members_ArenaId",
                table: "arena_members",
                column: "ArenaId");
        }
    }
}
