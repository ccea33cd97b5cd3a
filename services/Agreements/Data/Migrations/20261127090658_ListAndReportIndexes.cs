using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Agreements.Data.Migrations
{
    /// <inheritdoc />
    public partial class ListAndReportIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_breaches_status",
                table: "breaches");

            migrationBuilder.DropIndex(
                name: "ix_agreements_status",
                table: "agreements");

            migrationBuilder.CreateIndex(
                name: "ix_breaches_agreement_id_fact_at",
                table: "breaches",
                columns: new[] { "agreement_id", "fact_at" });

            migrationBuilder.CreateIndex(
                name: "ix_breaches_agreement_id_id",
                table: "breaches",
                columns: new[] { "agreement_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_breaches_status_id",
                table: "breaches",
                columns: new[] { "status", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_agreements_status_id",
                table: "agreements",
                columns: new[] { "status", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_breaches_agreement_id_fact_at",
                table: "breaches");

            migrationBuilder.DropIndex(
                name: "ix_breaches_agreement_id_id",
                table: "breaches");

            migrationBuilder.DropIndex(
                name: "ix_breaches_status_id",
                table: "breaches");

            migrationBuilder.DropIndex(
                name: "ix_agreements_status_id",
                table: "agreements");

            migrationBuilder.CreateIndex(
                name: "ix_breaches_status",
                table: "breaches",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_agreements_status",
                table: "agreements",
                column: "status");
        }
    }
}
