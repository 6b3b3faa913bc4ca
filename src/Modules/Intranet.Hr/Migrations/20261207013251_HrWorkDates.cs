using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Intranet.Hr.Migrations
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
                type: "TEXT",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NextStepDue",
                table: "Hr_Records",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RetirementOn",
                table: "Hr_Records",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Hr_Records_ContractEndsOn",
                table: "Hr_Records",
                column: "ContractEndsOn");

            migrationBuilder.CreateIndex(
                name: "IX_Hr_Records_DatesStamp",
                table: "Hr_Records",
                column: "DatesStamp");

            migrationBuilder.CreateIndex(
                name: "IX_Hr_Records_NextStepDue",
                table: "Hr_Records",
                column: "NextStepDue");

            migrationBuilder.CreateIndex(
                name: "IX_Hr_Records_ProbationEndsOn",
                table: "Hr_Records",
                column: "ProbationEndsOn");

            migrationBuilder.CreateIndex(
                name: "IX_Hr_Records_RetirementOn",
                table: "Hr_Records",
                column: "RetirementOn");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Hr_Records_ContractEndsOn",
                table: "Hr_Records");

            migrationBuilder.DropIndex(
                name: "IX_Hr_Records_DatesStamp",
                table: "Hr_Records");

            migrationBuilder.DropIndex(
                name: "IX_Hr_Records_NextStepDue",
                table: "Hr_Records");

            migrationBuilder.DropIndex(
                name: "IX_Hr_Records_ProbationEndsOn",
                table: "Hr_Records");

            migrationBuilder.DropIndex(
                name: "IX_Hr_Records_RetirementOn",
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
