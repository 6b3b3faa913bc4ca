using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Intranet.Learning.Migrations
{
    /// <inheritdoc />
    public partial class LearningCatalogue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Learning_EnrolmentRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CourseId = table.Column<int>(type: "INTEGER", nullable: false),
                    TenantName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RankCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    UnitId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SkipTrained = table.Column<bool>(type: "INTEGER", nullable: false),
                    DueDays = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Learning_EnrolmentRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Learning_RemindersSent",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SentUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Learning_RemindersSent", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Learning_EnrolmentRules_CourseId",
                table: "Learning_EnrolmentRules",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_Learning_EnrolmentRules_TenantName",
                table: "Learning_EnrolmentRules",
                column: "TenantName");

            migrationBuilder.CreateIndex(
                name: "IX_Learning_RemindersSent_Key",
                table: "Learning_RemindersSent",
                column: "Key",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Learning_EnrolmentRules");

            migrationBuilder.DropTable(
                name: "Learning_RemindersSent");
        }
    }
}
