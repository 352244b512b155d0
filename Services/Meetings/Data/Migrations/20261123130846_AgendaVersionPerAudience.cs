using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hfi.Meetings.Data.Migrations
{
    /// <inheritdoc />
    public partial class AgendaVersionPerAudience : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "MunicipalAgendaVersion",
                table: "meetings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Until now one counter took every change, so it is the municipal representatives' count.
            migrationBuilder.Sql("UPDATE meetings SET \"MunicipalAgendaVersion\" = \"AgendaVersion\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MunicipalAgendaVersion",
                table: "meetings");
        }
    }
}
