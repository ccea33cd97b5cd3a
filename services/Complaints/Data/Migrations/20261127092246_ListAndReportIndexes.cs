using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Complaints.Data.Migrations
{
    /// <inheritdoc />
    public partial class ListAndReportIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_complaints_agreement_id_received_at",
                table: "complaints");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_agreement_id_id_overdue",
                table: "complaints",
                columns: new[] { "agreement_id", "id" },
                filter: "overdue");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_agreement_id_received_at",
                table: "complaints",
                columns: new[] { "agreement_id", "received_at" })
                .Annotation("Npgsql:IndexInclude", new[] { "severity", "withdrawn_at", "resolutions" });

            migrationBuilder.CreateIndex(
                name: "ix_complaints_agreement_id_status_id",
                table: "complaints",
                columns: new[] { "agreement_id", "status", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_complaints_agreement_id_id_overdue",
                table: "complaints");

            migrationBuilder.DropIndex(
                name: "ix_complaints_agreement_id_received_at",
                table: "complaints");

            migrationBuilder.DropIndex(
                name: "ix_complaints_agreement_id_status_id",
                table: "complaints");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_agreement_id_received_at",
                table: "complaints",
                columns: new[] { "agreement_id", "received_at" });
        }
    }
}
