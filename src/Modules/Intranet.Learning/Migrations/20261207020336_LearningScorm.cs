using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Intranet.Learning.Migrations
{
    /// <inheritdoc />
    public partial class LearningScorm : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Learning_ScormPackages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CourseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Folder = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LaunchPath = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    LaunchParameters = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    MasteryScore = table.Column<decimal>(type: "TEXT", precision: 7, scale: 4, nullable: true),
                    ScaledPassingScore = table.Column<decimal>(type: "TEXT", precision: 7, scale: 4, nullable: true),
                    CompletionThreshold = table.Column<decimal>(type: "TEXT", precision: 7, scale: 4, nullable: true),
                    CompletionSetByContent = table.Column<bool>(type: "INTEGER", nullable: false),
                    LaunchData = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: true),
                    FileCount = table.Column<int>(type: "INTEGER", nullable: false),
                    TotalBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Learning_ScormPackages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Learning_ScormPackages_Learning_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Learning_Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Learning_ScormAttempts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnrolmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    LessonId = table.Column<int>(type: "INTEGER", nullable: false),
                    PackageId = table.Column<int>(type: "INTEGER", nullable: false),
                    Launch = table.Column<int>(type: "INTEGER", nullable: false),
                    DataJson = table.Column<string>(type: "TEXT", nullable: false),
                    Completion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Success = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ScoreRaw = table.Column<decimal>(type: "TEXT", precision: 12, scale: 4, nullable: true),
                    ScoreMin = table.Column<decimal>(type: "TEXT", precision: 12, scale: 4, nullable: true),
                    ScoreMax = table.Column<decimal>(type: "TEXT", precision: 12, scale: 4, nullable: true),
                    ScoreScaled = table.Column<decimal>(type: "TEXT", precision: 7, scale: 4, nullable: true),
                    ScorePercent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    Location = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Exit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PreviousSeconds = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    LaunchSeconds = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    LaunchFinished = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Learning_ScormAttempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Learning_ScormAttempts_Learning_Enrolments_EnrolmentId",
                        column: x => x.EnrolmentId,
                        principalTable: "Learning_Enrolments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Learning_ScormAttempts_Learning_Lessons_LessonId",
                        column: x => x.LessonId,
                        principalTable: "Learning_Lessons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Learning_ScormAttempts_Learning_ScormPackages_PackageId",
                        column: x => x.PackageId,
                        principalTable: "Learning_ScormPackages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Learning_ScormAttempts_EnrolmentId_LessonId",
                table: "Learning_ScormAttempts",
                columns: new[] { "EnrolmentId", "LessonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Learning_ScormAttempts_LessonId",
                table: "Learning_ScormAttempts",
                column: "LessonId");

            migrationBuilder.CreateIndex(
                name: "IX_Learning_ScormAttempts_PackageId",
                table: "Learning_ScormAttempts",
                column: "PackageId");

            migrationBuilder.CreateIndex(
                name: "IX_Learning_ScormPackages_CourseId",
                table: "Learning_ScormPackages",
                column: "CourseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Learning_ScormAttempts");

            migrationBuilder.DropTable(
                name: "Learning_ScormPackages");
        }
    }
}
