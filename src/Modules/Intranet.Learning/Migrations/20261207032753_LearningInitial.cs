using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Intranet.Learning.Migrations
{
    /// <inheritdoc />
    public partial class LearningInitial : Migration
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
                name: "Learning_ExternalCertificates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AccountId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    HolderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TenantName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Issuer = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ItModules = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ScanFile = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ScanContentType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Learning_ExternalCertificates", x => x.Id);
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
                name: "Learning_Certificates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Serial = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EnrolmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    CourseId = table.Column<int>(type: "INTEGER", nullable: false),
                    CourseTenant = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AccountId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    HolderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TenantName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CourseTitle = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ItModules = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IssuedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RevokedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevokedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RevocationReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReminderSentUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Learning_Certificates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Learning_Certificates_Learning_Enrolments_EnrolmentId",
                        column: x => x.EnrolmentId,
                        principalTable: "Learning_Enrolments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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
                name: "IX_Learning_Certificates_AccountId_CourseId",
                table: "Learning_Certificates",
                columns: new[] { "AccountId", "CourseId" });

            migrationBuilder.CreateIndex(
                name: "IX_Learning_Certificates_EnrolmentId",
                table: "Learning_Certificates",
                column: "EnrolmentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Learning_Certificates_Serial",
                table: "Learning_Certificates",
                column: "Serial",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Learning_Certificates_ValidUntil_ReminderSentUtc",
                table: "Learning_Certificates",
                columns: new[] { "ValidUntil", "ReminderSentUtc" });

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
                name: "IX_Learning_EnrolmentRules_CourseId",
                table: "Learning_EnrolmentRules",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_Learning_EnrolmentRules_TenantName",
                table: "Learning_EnrolmentRules",
                column: "TenantName");

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
                name: "IX_Learning_ExternalCertificates_AccountId",
                table: "Learning_ExternalCertificates",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_Learning_ExternalCertificates_TenantName_IssuedOn",
                table: "Learning_ExternalCertificates",
                columns: new[] { "TenantName", "IssuedOn" });

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

            migrationBuilder.CreateIndex(
                name: "IX_Learning_RemindersSent_Key",
                table: "Learning_RemindersSent",
                column: "Key",
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_Learning_Sections_CourseId_Position",
                table: "Learning_Sections",
                columns: new[] { "CourseId", "Position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Learning_Certificates");

            migrationBuilder.DropTable(
                name: "Learning_CoursePrerequisites");

            migrationBuilder.DropTable(
                name: "Learning_CourseTrainers");

            migrationBuilder.DropTable(
                name: "Learning_EnrolmentRules");

            migrationBuilder.DropTable(
                name: "Learning_ExternalCertificates");

            migrationBuilder.DropTable(
                name: "Learning_LessonProgress");

            migrationBuilder.DropTable(
                name: "Learning_Questions");

            migrationBuilder.DropTable(
                name: "Learning_QuizAttemptItems");

            migrationBuilder.DropTable(
                name: "Learning_RemindersSent");

            migrationBuilder.DropTable(
                name: "Learning_ScormAttempts");

            migrationBuilder.DropTable(
                name: "Learning_QuizAttempts");

            migrationBuilder.DropTable(
                name: "Learning_Lessons");

            migrationBuilder.DropTable(
                name: "Learning_ScormPackages");

            migrationBuilder.DropTable(
                name: "Learning_Enrolments");

            migrationBuilder.DropTable(
                name: "Learning_Quizzes");

            migrationBuilder.DropTable(
                name: "Learning_Sections");

            migrationBuilder.DropTable(
                name: "Learning_Courses");
        }
    }
}
