using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Intranet.Hr.Migrations
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
                    TenantName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecordCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LastUpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RefreshedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HrRef_RollupDepartments", x => x.TenantName);
                });

            migrationBuilder.CreateTable(
                name: "HrRef_RollupRows",
                columns: table => new
                {
                    TenantName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecordId = table.Column<int>(type: "INTEGER", nullable: false),
                    Sex = table.Column<int>(type: "INTEGER", nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ScaleCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ScaleChangesOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
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
