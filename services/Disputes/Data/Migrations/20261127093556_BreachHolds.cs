using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Disputes.Data.Migrations
{
    /// <inheritdoc />
    public partial class BreachHolds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "breach_holds",
                columns: table => new
                {
                    breach_id = table.Column<Guid>(type: "uuid", nullable: false),
                    dispute_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_breach_holds", x => x.breach_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_breach_holds_dispute_id",
                table: "breach_holds",
                column: "dispute_id");

            // The breaches of the cases saved before: every case but a withdrawn one holds its breaches. Should two
            // cases already hold one breach (the race this table closes), the older keeps it.
            migrationBuilder.Sql(
                """
                INSERT INTO breach_holds (breach_id, dispute_id)
                SELECT b.value::uuid, d.id
                FROM disputes d CROSS JOIN LATERAL jsonb_array_elements_text(d.breach_ids) AS b(value)
                WHERE d.status <> 'Withdrawn'
                ORDER BY d.id
                ON CONFLICT (breach_id) DO NOTHING;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "breach_holds");
        }
    }
}
