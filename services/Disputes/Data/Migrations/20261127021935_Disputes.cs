using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Disputes.Data.Migrations
{
    /// <inheritdoc />
    public partial class Disputes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "disputes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    agreement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    request_id = table.Column<Guid>(type: "uuid", nullable: false),
                    request_fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    claims = table.Column<string>(type: "jsonb", nullable: false),
                    breach_ids = table.Column<string>(type: "jsonb", nullable: false),
                    complaint_ids = table.Column<string>(type: "jsonb", nullable: false),
                    terms = table.Column<string>(type: "jsonb", nullable: false),
                    stage = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    negotiation_state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    negotiation_deadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    assigned_officer = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    submissions = table.Column<string>(type: "jsonb", nullable: false),
                    settlement_terms = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    arbitration = table.Column<string>(type: "jsonb", nullable: true),
                    litigation = table.Column<string>(type: "jsonb", nullable: true),
                    timeline = table.Column<string>(type: "jsonb", nullable: false),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    claimant_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    claimant_role = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    respondent_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    respondent_role = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_disputes", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_disputes_agreement_id_id",
                table: "disputes",
                columns: new[] { "agreement_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_disputes_assigned_officer_id",
                table: "disputes",
                columns: new[] { "assigned_officer", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_disputes_negotiation_deadline",
                table: "disputes",
                column: "negotiation_deadline",
                filter: "negotiation_state = 'Open'");

            migrationBuilder.CreateIndex(
                name: "ix_disputes_request_id",
                table: "disputes",
                column: "request_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_disputes_status_stage_id",
                table: "disputes",
                columns: new[] { "status", "stage", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "disputes");
        }
    }
}
