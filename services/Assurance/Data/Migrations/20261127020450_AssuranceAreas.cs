using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Assurance.Data.Migrations
{
    /// <inheritdoc />
    public partial class AssuranceAreas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "fund_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    promisor_id = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    booked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    purpose = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    request_id = table.Column<Guid>(type: "uuid", nullable: false),
                    request_fingerprint = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_fund_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "funding_revenues",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    promisor_id = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    request_id = table.Column<Guid>(type: "uuid", nullable: false),
                    request_fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    declared_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    history = table.Column<string>(type: "jsonb", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_funding_revenues", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "funding_year_ends",
                columns: table => new
                {
                    promisor_id = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    last_assessed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_status = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    shortfall_reported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reported_percent_of_revenue = table.Column<decimal>(type: "numeric(28,4)", precision: 28, scale: 4, nullable: true),
                    reported_required_percent = table.Column<decimal>(type: "numeric(28,8)", precision: 28, scale: 8, nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_funding_year_ends", x => new { x.promisor_id, x.year });
                });

            migrationBuilder.CreateTable(
                name: "inspections",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    request_id = table.Column<Guid>(type: "uuid", nullable: false),
                    request_fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    promisor_id = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    department = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    inspector = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    inspected_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    notes = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inspections", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "interruptions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    request_id = table.Column<Guid>(type: "uuid", nullable: false),
                    request_fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    promisor_id = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    scope = table.Column<string>(type: "jsonb", nullable: false),
                    caused_by_promisor = table.Column<bool>(type: "boolean", nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    reported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    corrections = table.Column<string>(type: "jsonb", nullable: false),
                    history = table.Column<string>(type: "jsonb", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_interruptions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "staffing_states",
                columns: table => new
                {
                    promisor_id = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    is_short = table.Column<bool>(type: "boolean", nullable: false),
                    since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    assessed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_staffing_states", x => x.promisor_id);
                });

            migrationBuilder.CreateTable(
                name: "survey_evaluators",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    request_id = table.Column<Guid>(type: "uuid", nullable: false),
                    request_fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    promisor_id = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    accreditation = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    independence_declaration = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    independence_declared_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    registered_by = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_survey_evaluators", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "team_members",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    promisor_id = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    request_id = table.Column<Guid>(type: "uuid", nullable: false),
                    request_fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    role = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    is_core = table.Column<bool>(type: "boolean", nullable: false),
                    experience_years = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    experience_as_of = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    joined_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    left_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    history = table.Column<string>(type: "jsonb", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_team_members", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "technology_capabilities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    request_id = table.Column<Guid>(type: "uuid", nullable: false),
                    request_fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    promisor_id = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    in_service_since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status_history = table.Column<string>(type: "jsonb", nullable: false),
                    history = table.Column<string>(type: "jsonb", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_technology_capabilities", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inspection_findings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    request_id = table.Column<Guid>(type: "uuid", nullable: true),
                    request_fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    inspection_id = table.Column<Guid>(type: "uuid", nullable: false),
                    promisor_id = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    inspection_kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    inspected_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    @class = table.Column<string>(name: "class", type: "character varying(32)", maxLength: 32, nullable: false),
                    description = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    actions = table.Column<string>(type: "jsonb", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_by = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    closure_note = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    history = table.Column<string>(type: "jsonb", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inspection_findings", x => x.id);
                    table.ForeignKey(
                        name: "fk_inspection_findings_inspection_inspection_id",
                        column: x => x.inspection_id,
                        principalTable: "inspections",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "surveys",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    request_id = table.Column<Guid>(type: "uuid", nullable: false),
                    request_fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    promisor_id = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    whole_promisor = table.Column<bool>(type: "boolean", nullable: false),
                    agreement_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    scope_key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    evaluator_id = table.Column<Guid>(type: "uuid", nullable: false),
                    score = table.Column<decimal>(type: "numeric", nullable: false),
                    scale_min = table.Column<decimal>(type: "numeric", nullable: false),
                    scale_max = table.Column<decimal>(type: "numeric", nullable: false),
                    report_received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    rectification_id = table.Column<Guid>(type: "uuid", nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_surveys", x => x.id);
                    table.ForeignKey(
                        name: "fk_surveys_survey_evaluators_evaluator_id",
                        column: x => x.evaluator_id,
                        principalTable: "survey_evaluators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "survey_rectifications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    survey_id = table.Column<Guid>(type: "uuid", nullable: false),
                    promisor_id = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    report_received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    obligations = table.Column<string>(type: "jsonb", nullable: false),
                    agreement_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    deadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_late = table.Column<bool>(type: "boolean", nullable: false),
                    completed_by = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    evidence = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    evidence_document_ref = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    history = table.Column<string>(type: "jsonb", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_survey_rectifications", x => x.id);
                    table.ForeignKey(
                        name: "fk_survey_rectifications_survey_survey_id",
                        column: x => x.survey_id,
                        principalTable: "surveys",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_fund_entries_promisor_id_id",
                table: "fund_entries",
                columns: new[] { "promisor_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_fund_entries_promisor_id_year_id",
                table: "fund_entries",
                columns: new[] { "promisor_id", "year", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_fund_entries_request_id",
                table: "fund_entries",
                column: "request_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_funding_revenues_promisor_id_year",
                table: "funding_revenues",
                columns: new[] { "promisor_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_funding_revenues_request_id",
                table: "funding_revenues",
                column: "request_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_inspection_findings_inspection_id_id",
                table: "inspection_findings",
                columns: new[] { "inspection_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_inspection_findings_promisor_id_class_status",
                table: "inspection_findings",
                columns: new[] { "promisor_id", "class", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_inspection_findings_promisor_id_id",
                table: "inspection_findings",
                columns: new[] { "promisor_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_inspection_findings_promisor_id_inspected_at",
                table: "inspection_findings",
                columns: new[] { "promisor_id", "inspected_at" });

            migrationBuilder.CreateIndex(
                name: "ix_inspection_findings_request_id",
                table: "inspection_findings",
                column: "request_id",
                unique: true,
                filter: "request_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_inspections_promisor_id_id",
                table: "inspections",
                columns: new[] { "promisor_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_inspections_promisor_id_inspected_at",
                table: "inspections",
                columns: new[] { "promisor_id", "inspected_at" });

            migrationBuilder.CreateIndex(
                name: "ix_inspections_request_id",
                table: "inspections",
                column: "request_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_interruptions_ongoing",
                table: "interruptions",
                column: "id",
                filter: "ended_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_interruptions_promisor_id_id",
                table: "interruptions",
                columns: new[] { "promisor_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_interruptions_promisor_id_started_at",
                table: "interruptions",
                columns: new[] { "promisor_id", "started_at" });

            migrationBuilder.CreateIndex(
                name: "ix_interruptions_request_id",
                table: "interruptions",
                column: "request_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_interruptions_started_at_ended_at",
                table: "interruptions",
                columns: new[] { "started_at", "ended_at" });

            migrationBuilder.CreateIndex(
                name: "ix_survey_evaluators_promisor_id_id",
                table: "survey_evaluators",
                columns: new[] { "promisor_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_survey_evaluators_request_id",
                table: "survey_evaluators",
                column: "request_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_survey_rectifications_agreement_ids",
                table: "survey_rectifications",
                column: "agreement_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_survey_rectifications_promisor_id_id",
                table: "survey_rectifications",
                columns: new[] { "promisor_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_survey_rectifications_state_id",
                table: "survey_rectifications",
                columns: new[] { "state", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_survey_rectifications_survey_id",
                table: "survey_rectifications",
                column: "survey_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_surveys_agreement_ids",
                table: "surveys",
                column: "agreement_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_surveys_evaluator_id",
                table: "surveys",
                column: "evaluator_id");

            migrationBuilder.CreateIndex(
                name: "ix_surveys_promisor_id_id",
                table: "surveys",
                columns: new[] { "promisor_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_surveys_promisor_id_year_scope_key",
                table: "surveys",
                columns: new[] { "promisor_id", "year", "scope_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_surveys_request_id",
                table: "surveys",
                column: "request_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_team_members_promisor_id_id",
                table: "team_members",
                columns: new[] { "promisor_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_team_members_request_id",
                table: "team_members",
                column: "request_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_technology_capabilities_kind_id",
                table: "technology_capabilities",
                columns: new[] { "kind", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_technology_capabilities_promisor_id_id",
                table: "technology_capabilities",
                columns: new[] { "promisor_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_technology_capabilities_request_id",
                table: "technology_capabilities",
                column: "request_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_technology_capabilities_status_id",
                table: "technology_capabilities",
                columns: new[] { "status", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "fund_entries");

            migrationBuilder.DropTable(
                name: "funding_revenues");

            migrationBuilder.DropTable(
                name: "funding_year_ends");

            migrationBuilder.DropTable(
                name: "inspection_findings");

            migrationBuilder.DropTable(
                name: "interruptions");

            migrationBuilder.DropTable(
                name: "staffing_states");

            migrationBuilder.DropTable(
                name: "survey_rectifications");

            migrationBuilder.DropTable(
                name: "team_members");

            migrationBuilder.DropTable(
                name: "technology_capabilities");

            migrationBuilder.DropTable(
                name: "inspections");

            migrationBuilder.DropTable(
                name: "surveys");

            migrationBuilder.DropTable(
                name: "survey_evaluators");
        }
    }
}
