using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Disputes.Data.Migrations
{
    /// <inheritdoc />
    public partial class NegotiationStart : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "negotiation_started_at",
                table: "disputes",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            // Cases opened before this column existed began negotiating when they were opened.
            migrationBuilder.Sql("UPDATE disputes SET negotiation_started_at = opened_at;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "negotiation_started_at",
                table: "disputes");
        }
    }
}
