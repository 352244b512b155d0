using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hfi.Planning.Data.Migrations
{
    /// <summary>
    /// Every match of a member by e-mail address is case-blind (<c>lower("Email")</c>): the plain index on the column
    /// served none of them. The expression index is raw SQL, since EF Core's model cannot state it.
    /// </summary>
    public partial class ArenaMemberEmailMatchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_arena_members_Email",
                table: "arena_members");

            migrationBuilder.Sql(
                "CREATE INDEX \"IX_arena_members_lower_Email\" ON arena_members (lower(\"Email\"));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX \"IX_arena_members_lower_Email\";");

            migrationBuilder.CreateIndex(
                name: "IX_arena_members_Email",
                table: "arena_members",
                column: "Email");
        }
    }
}
