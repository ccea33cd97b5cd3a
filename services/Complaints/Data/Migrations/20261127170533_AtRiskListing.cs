using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Complaints.Data.Migrations
{
    /// <inheritdoc />
    public partial class AtRiskListing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "at_risk_due_at",
                table: "complaints",
                type: "timestamp with time zone",
                nullable: true);

            // Complaints already open: a missed clock not answered is due when it was missed; a running clock a
            // check found at risk is due, near enough, at next_due_at (the next check or change sets it exactly).
            migrationBuilder.Sql("""
                UPDATE complaints c SET at_risk_due_at = attention.due
                FROM (
                    SELECT c2.id, min(CASE
                        WHEN clock->>'state' = 'Missed' AND clock->>'metAt' IS NULL THEN (clock->>'dueAtWhenMissed')::timestamptz
                        ELSE c2.next_due_at END) AS due
                    FROM complaints c2 CROSS JOIN LATERAL jsonb_array_elements(c2.clocks) AS clock
                    WHERE c2.status IN ('Received', 'Acknowledged', 'InProgress', 'Reopened')
                      AND ((clock->>'state' = 'Missed' AND clock->>'metAt' IS NULL)
                        OR (clock->>'state' = 'Running' AND (clock->>'atRiskRaised')::int > 0))
                    GROUP BY c2.id) AS attention
                WHERE c.id = attention.id;
                """);

            migrationBuilder.CreateIndex(
                name: "ix_complaints_agreement_id_at_risk",
                table: "complaints",
                columns: new[] { "agreement_id", "at_risk_due_at", "id" },
                filter: "at_risk_due_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_at_risk",
                table: "complaints",
                columns: new[] { "at_risk_due_at", "id" },
                filter: "at_risk_due_at IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_complaints_agreement_id_at_risk",
                table: "complaints");

            migrationBuilder.DropIndex(
                name: "ix_complaints_at_risk",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "at_risk_due_at",
                table: "complaints");
        }
    }
}
