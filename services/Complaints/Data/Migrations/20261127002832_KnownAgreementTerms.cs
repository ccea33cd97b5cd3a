using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Complaints.Data.Migrations
{
    /// <inheritdoc />
    public partial class KnownAgreementTerms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "known_agreement_terms",
                columns: table => new
                {
                    version = table.Column<int>(type: "integer", nullable: false),
                    agreement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    effective_from = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    terms = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_known_agreement_terms", x => new { x.agreement_id, x.version });
                    table.ForeignKey(
                        name: "fk_known_agreement_terms_known_agreements_agreement_id",
                        column: x => x.agreement_id,
                        principalTable: "known_agreements",
                        principalColumn: "agreement_id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "known_agreement_terms");
        }
    }
}
