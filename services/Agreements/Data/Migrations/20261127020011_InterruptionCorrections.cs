using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Agreements.Data.Migrations
{
    /// <inheritdoc />
    public partial class InterruptionCorrections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "correction_number",
                table: "interruptions",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "correction_number",
                table: "interruptions");
        }
    }
}
