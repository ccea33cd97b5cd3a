using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Complaints.Data.Migrations
{
    /// <inheritdoc />
    public partial class DeadlinesVacuumOften : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterTable(
                name: "deadlines")
                .Annotation("Npgsql:StorageParameter:autovacuum_vacuum_cost_delay", 0)
                .Annotation("Npgsql:StorageParameter:autovacuum_vacuum_scale_factor", 0)
                .Annotation("Npgsql:StorageParameter:autovacuum_vacuum_threshold", 2000);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterTable(
                name: "deadlines")
                .OldAnnotation("Npgsql:StorageParameter:autovacuum_vacuum_cost_delay", 0)
                .OldAnnotation("Npgsql:StorageParameter:autovacuum_vacuum_scale_factor", 0)
                .OldAnnotation("Npgsql:StorageParameter:autovacuum_vacuum_threshold", 2000);
        }
    }
}
