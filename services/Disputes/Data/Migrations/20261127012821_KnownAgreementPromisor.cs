using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Disputes.Data.Migrations
{
    /// <inheritdoc />
    public partial class KnownAgreementPromisor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "promisor_id",
                table: "known_agreements",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_known_agreements_promisor_id_status",
                table: "known_agreements",
                columns: new[] { "promisor_id", "status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_known_agreements_promisor_id_status",
                table: "known_agreements");

            migrationBuilder.DropColumn(
                name: "promisor_id",
                table: "known_agreements");
        }
    }
}
