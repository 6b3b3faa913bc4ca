using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Intranet.Learning.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Learning_Courses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OwnerTenant = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TitleFolded = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DescriptionMarkdown = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    CoverImagePath = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ItModules = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    DurationHours = table.Column<int>(type: "INTEGER", nullable: false),
                    OpensOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosesOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CertificateValidMonths = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Learning_Courses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Learning_CoursePrerequisites",
                columns: table => new
                {
                    CourseId = table.Column<int>(type: "INTEGER", nullable: false),
                    RequiredCourseId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Learning_CoursePrerequisites", x => new { x.CourseId, x.RequiredCourseId });
                    table.ForeignKey(
                        name: "FK_Learning_CoursePrerequisites_Learning_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Learning_Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Learning_CoursePrerequisites_Learning_Courses_RequiredCourseId",
                        column: x => x.RequiredCourseId,
                        principalTable: "Learning_Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Learning_CourseTrainers",
                columns: table => new
                {
                    CourseId = table.Column<int>(type: "INTEGER", nullable: false),
                    AccountId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Learning_CourseTrainers", x => new { x.CourseId, x.AccountId });
                    table.ForeignKey(
                        name: "FK_Learning_CourseTrainers_Learning_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Learning_Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Learning_Enrolments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CourseId = table.Column<int>(type: "INTEGER", nullable: false),
                    AccountId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TenantName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    RuleId = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EnrolledUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EnrolledBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CompletedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastLessonId = table.Column<int>(type: "INTEGER", nullable: true),
                    LastActivityUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Learning_Enrolments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Learning_Enrolments_Learning_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Learning_Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Learning_Sections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CourseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Learning_Sections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Learning_Sections_Learning_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Learning_Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Learning_Lessons",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CourseId = table.Column<int>(type: "INTEGER", nullable: false),
                    SectionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    BodyMarkdown = table.Column<string>(type: "TEXT", maxLength: 200000, nullable: true),
                    FilePath = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    FileContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ContentId = table.Column<int>(type: "INTEGER", nullable: true),
                    Required = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Learning_Lessons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Learning_Lessons_Learning_Sections_SectionId",
                        column: x => x.SectionId,
                        principalTable: "Learning_Sections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Learning_LessonProgress",
                columns: table => new
                {
                    EnrolmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    LessonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Completed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: true),
                    ScorePercent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Learning_LessonProgress", x => new { x.EnrolmentId, x.LessonId });
                    table.ForeignKey(
                        name: "FK_Learning_LessonProgress_Learning_Enrolments_EnrolmentId",
                        column: x => x.EnrolmentId,
                        principalTable: "Learning_Enrolments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Learning_LessonProgress_Learning_Lessons_LessonId",
                        column: x => x.LessonId,
                        principalTable: "Learning_Lessons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Learning_CoursePrerequisites_RequiredCourseId",
                table: "Learning_CoursePrerequisites",
                column: "RequiredCourseId");

            migrationBuilder.CreateIndex(
                name: "IX_Learning_Courses_OwnerTenant_Status",
                table: "Learning_Courses",
                columns: new[] { "OwnerTenant", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Learning_CourseTrainers_AccountId",
                table: "Learning_CourseTrainers",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_Learning_Enrolments_AccountId_Status",
                table: "Learning_Enrolments",
                columns: new[] { "AccountId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Learning_Enrolments_CourseId_AccountId",
                table: "Learning_Enrolments",
                columns: new[] { "CourseId", "AccountId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Learning_Enrolments_TenantName_CourseId",
                table: "Learning_Enrolments",
                columns: new[] { "TenantName", "CourseId" });

            migrationBuilder.CreateIndex(
                name: "IX_Learning_LessonProgress_LessonId",
                table: "Learning_LessonProgress",
                column: "LessonId");

            migrationBuilder.CreateIndex(
                name: "IX_Learning_Lessons_CourseId_SectionId_Position",
                table: "Learning_Lessons",
                columns: new[] { "CourseId", "SectionId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_Learning_Lessons_Kind_ContentId",
                table: "Learning_Lessons",
                columns: new[] { "Kind", "ContentId" });

            migrationBuilder.CreateIndex(
                name: "IX_Learning_Lessons_SectionId",
                table: "Learning_Lessons",
                column: "SectionId");

            migrationBuilder.CreateIndex(
                name: "IX_Learning_Sections_CourseId_Position",
                table: "Learning_Sections",
                columns: new[] { "CourseId", "Position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Learning_CoursePrerequisites");

            migrationBuilder.DropTable(
                name: "Learning_CourseTrainers");

            migrationBuilder.DropTable(
                name: "Learning_LessonProgress");

            migrationBuilder.DropTable(
                name: "Learning_Enrolments");

            migrationBuilder.DropTable(
                name: "Learning_Lessons");

            migrationBuilder.DropTable(
                name: "Learning_Sections");

            migrationBuilder.DropTable(
                name: "Learning_Courses");
        }
    }
}
