using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Disputes.Data.Migrations
{
    /// <inheritdoc />
    public partial class KnownBreaches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "known_breaches",
                columns: table => new
                {
                    breach_id = table.Column<Guid>(type: "uuid", nullable: false),
                    agreement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    clause = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    severity = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    evidence_kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    evidence_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    fact_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_known_breaches", x => x.breach_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_known_breaches_agreement_id",
                table: "known_breaches",
                column: "agreement_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "known_breaches");
        }
    }
}
