using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Intranet.Hr.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class HrRollupProjection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "HrRef_RollupDepartments",
                columns: table => new
                {
                    TenantName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RecordCount = table.Column<int>(type: "integer", nullable: false),
                    LastUpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RefreshedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HrRef_RollupDepartments", x => x.TenantName);
                });

            migrationBuilder.CreateTable(
                name: "HrRef_RollupRows",
                columns: table => new
                {
                    TenantName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RecordId = table.Column<int>(type: "integer", nullable: false),
                    Sex = table.Column<int>(type: "integer", nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ScaleCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ScaleChangesOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HrRef_RollupRows", x => new { x.TenantName, x.RecordId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_HrRef_RollupRows_ScaleChangesOn",
                table: "HrRef_RollupRows",
                column: "ScaleChangesOn");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HrRef_RollupDepartments");

            migrationBuilder.DropTable(
                name: "HrRef_RollupRows");
        }
    }
}
