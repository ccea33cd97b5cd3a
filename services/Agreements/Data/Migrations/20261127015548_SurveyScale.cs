using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Agreements.Data.Migrations
{
    /// <inheritdoc />
    public partial class SurveyScale : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "scale_max",
                table: "surveys",
                type: "numeric",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "scale_min",
                table: "surveys",
                type: "numeric",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "scale_max",
                table: "surveys");

            migrationBuilder.DropColumn(
                name: "scale_min",
                table: "surveys");
        }
    }
}
