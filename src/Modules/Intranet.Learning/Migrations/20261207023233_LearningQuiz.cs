using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Intranet.Learning.Migrations
{
    /// <inheritdoc />
    public partial class LearningQuiz : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Learning_Questions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CourseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Format = table.Column<int>(type: "INTEGER", nullable: false),
                    GeneralFeedback = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    WrongFeedback = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    RightFeedback = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    OptionsJson = table.Column<string>(type: "TEXT", nullable: false),
                    OutcomeCodes = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Mark = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Learning_Questions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Learning_Questions_Learning_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Learning_Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Learning_Quizzes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CourseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Intro = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DrawCount = table.Column<int>(type: "INTEGER", nullable: true),
                    ShuffleQuestions = table.Column<bool>(type: "INTEGER", nullable: false),
                    ShuffleChoices = table.Column<bool>(type: "INTEGER", nullable: false),
                    TimeLimitMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxAttempts = table.Column<int>(type: "INTEGER", nullable: true),
                    Grading = table.Column<int>(type: "INTEGER", nullable: false),
                    PassPercent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Learning_Quizzes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Learning_Quizzes_Learning_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Learning_Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Learning_QuizAttempts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    QuizId = table.Column<int>(type: "INTEGER", nullable: false),
                    LessonId = table.Column<int>(type: "INTEGER", nullable: false),
                    CourseId = table.Column<int>(type: "INTEGER", nullable: false),
                    EnrolmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    AccountId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TenantName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DeadlineUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FinishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ScorePercent = table.Column<decimal>(type: "TEXT", precision: 7, scale: 3, nullable: true),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Learning_QuizAttempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Learning_QuizAttempts_Learning_Enrolments_EnrolmentId",
                        column: x => x.EnrolmentId,
                        principalTable: "Learning_Enrolments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Learning_QuizAttempts_Learning_Quizzes_QuizId",
                        column: x => x.QuizId,
                        principalTable: "Learning_Quizzes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Learning_QuizAttemptItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AttemptId = table.Column<int>(type: "INTEGER", nullable: false),
                    Slot = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionId = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionJson = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    ResponseJson = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Fraction = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Learning_QuizAttemptItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Learning_QuizAttemptItems_Learning_QuizAttempts_AttemptId",
                        column: x => x.AttemptId,
                        principalTable: "Learning_QuizAttempts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Learning_Questions_CourseId_Category",
                table: "Learning_Questions",
                columns: new[] { "CourseId", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_Learning_QuizAttemptItems_AttemptId_Slot",
                table: "Learning_QuizAttemptItems",
                columns: new[] { "AttemptId", "Slot" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Learning_QuizAttemptItems_QuestionId",
                table: "Learning_QuizAttemptItems",
                column: "QuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_Learning_QuizAttempts_EnrolmentId",
                table: "Learning_QuizAttempts",
                column: "EnrolmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Learning_QuizAttempts_LessonId_State",
                table: "Learning_QuizAttempts",
                columns: new[] { "LessonId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Learning_QuizAttempts_QuizId_EnrolmentId_Number",
                table: "Learning_QuizAttempts",
                columns: new[] { "QuizId", "EnrolmentId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Learning_Quizzes_CourseId",
                table: "Learning_Quizzes",
                column: "CourseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Learning_Questions");

            migrationBuilder.DropTable(
                name: "Learning_QuizAttemptItems");

            migrationBuilder.DropTable(
                name: "Learning_QuizAttempts");

            migrationBuilder.DropTable(
                name: "Learning_Quizzes");
        }
    }
}
