using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Disputes.Data.Migrations
{
    /// <inheritdoc />
    public partial class SubmissionDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "submission_documents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    dispute_id = table.Column<Guid>(type: "uuid", nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    stored_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_submission_documents", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_submission_documents_dispute_id",
                table: "submission_documents",
                column: "dispute_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "submission_documents");
        }
    }
}
