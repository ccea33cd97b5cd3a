using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Complaints.Data.Migrations
{
    /// <inheritdoc />
    public partial class Complaints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "complaints",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    agreement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    request_id = table.Column<Guid>(type: "uuid", nullable: false),
                    request_fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    description = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    category = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    severity = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    contact = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    filed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    terms = table.Column<string>(type: "jsonb", nullable: false),
                    pause_cap = table.Column<TimeSpan>(type: "interval", nullable: false),
                    clocks = table.Column<string>(type: "jsonb", nullable: false),
                    pauses = table.Column<string>(type: "jsonb", nullable: false),
                    history = table.Column<string>(type: "jsonb", nullable: false),
                    resolutions = table.Column<string>(type: "jsonb", nullable: false),
                    solution = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    solution_below_standard = table.Column<bool>(type: "boolean", nullable: false),
                    resolved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    overdue = table.Column<bool>(type: "boolean", nullable: false),
                    next_clock_check_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    channel_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaints", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_complaints_agreement_id_id",
                table: "complaints",
                columns: new[] { "agreement_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_complaints_agreement_id_received_at",
                table: "complaints",
                columns: new[] { "agreement_id", "received_at" });

            migrationBuilder.CreateIndex(
                name: "ix_complaints_overdue",
                table: "complaints",
                column: "id",
                filter: "overdue");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_request_id",
                table: "complaints",
                column: "request_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_complaints_status_id",
                table: "complaints",
                columns: new[] { "status", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "complaints");
        }
    }
}
