using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Intranet.Hr.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class HrWorkDates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DatesStamp",
                table: "Hr_Records",
                type: "character varying(80)",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NextStepDue",
                table: "Hr_Records",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RetirementOn",
                table: "Hr_Records",
                type: "date",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Hr_Records_DatesStamp",
                table: "Hr_Records",
                column: "DatesStamp");

            migrationBuilder.CreateIndex(
                name: "IX_Hr_Records_Status_ContractEndsOn",
                table: "Hr_Records",
                columns: new[] { "Status", "ContractEndsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Hr_Records_Status_NextStepDue",
                table: "Hr_Records",
                columns: new[] { "Status", "NextStepDue" });

            migrationBuilder.CreateIndex(
                name: "IX_Hr_Records_Status_ProbationEndsOn",
                table: "Hr_Records",
                columns: new[] { "Status", "ProbationEndsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Hr_Records_Status_RetirementOn",
                table: "Hr_Records",
                columns: new[] { "Status", "RetirementOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Hr_Records_DatesStamp",
                table: "Hr_Records");

            migrationBuilder.DropIndex(
                name: "IX_Hr_Records_Status_ContractEndsOn",
                table: "Hr_Records");

            migrationBuilder.DropIndex(
                name: "IX_Hr_Records_Status_NextStepDue",
                table: "Hr_Records");

            migrationBuilder.DropIndex(
                name: "IX_Hr_Records_Status_ProbationEndsOn",
                table: "Hr_Records");

            migrationBuilder.DropIndex(
                name: "IX_Hr_Records_Status_RetirementOn",
                table: "Hr_Records");

            migrationBuilder.DropColumn(
                name: "DatesStamp",
                table: "Hr_Records");

            migrationBuilder.DropColumn(
                name: "NextStepDue",
                table: "Hr_Records");

            migrationBuilder.DropColumn(
                name: "RetirementOn",
                table: "Hr_Records");
        }
    }
}
