using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Intranet.Learning.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OwnerTenant = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TitleFolded = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DescriptionMarkdown = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    CoverImagePath = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ItModules = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    DurationHours = table.Column<int>(type: "integer", nullable: false),
                    OpensOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosesOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Capacity = table.Column<int>(type: "integer", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CertificateValidMonths = table.Column<int>(type: "integer", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Learning_Courses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Learning_EnrolmentRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CourseId = table.Column<int>(type: "integer", nullable: false),
                    TenantName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RankCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    UnitId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SkipTrained = table.Column<bool>(type: "boolean", nullable: false),
                    DueDays = table.Column<int>(type: "integer", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Learning_EnrolmentRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Learning_ExternalCertificates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AccountId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    HolderName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TenantName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Issuer = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ItModules = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ScanFile = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ScanContentType = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Learning_ExternalCertificates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Learning_RemindersSent",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SentUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Learning_RemindersSent", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Learning_CoursePrerequisites",
                columns: table => new
                {
                    CourseId = table.Column<int>(type: "integer", nullable: false),
                    RequiredCourseId = table.Column<int>(type: "integer", nullable: false)
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
                        name: "FK_Learning_CoursePrerequisites_Learning_Courses_RequiredCours~",
                        column: x => x.RequiredCourseId,
                        principalTable: "Learning_Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Learning_CourseTrainers",
                columns: table => new
                {
                    CourseId = table.Column<int>(type: "integer", nullable: false),
                    AccountId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CourseId = table.Column<int>(type: "integer", nullable: false),
                    AccountId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TenantName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    RuleId = table.Column<int>(type: "integer", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EnrolledUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EnrolledBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CompletedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastLessonId = table.Column<int>(type: "integer", nullable: true),
                    LastActivityUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CourseId = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Type = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Format = table.Column<int>(type: "integer", nullable: false),
                    GeneralFeedback = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    WrongFeedback = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    RightFeedback = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    OptionsJson = table.Column<string>(type: "text", nullable: false),
                    OutcomeCodes = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Mark = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CourseId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Intro = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    Category = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DrawCount = table.Column<int>(type: "integer", nullable: true),
                    ShuffleQuestions = table.Column<bool>(type: "boolean", nullable: false),
                    ShuffleChoices = table.Column<bool>(type: "boolean", nullable: false),
                    TimeLimitMinutes = table.Column<int>(type: "integer", nullable: true),
                    MaxAttempts = table.Column<int>(type: "integer", nullable: true),
                    Grading = table.Column<int>(type: "integer", nullable: false),
                    PassPercent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CourseId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Folder = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    LaunchPath = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    LaunchParameters = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    MasteryScore = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: true),
                    ScaledPassingScore = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: true),
                    CompletionThreshold = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: true),
                    CompletionSetByContent = table.Column<bool>(type: "boolean", nullable: false),
                    LaunchData = table.Column<string>(type: "character varying(4096)", maxLength: 4096, nullable: true),
                    FileCount = table.Column<int>(type: "integer", nullable: false),
                    TotalBytes = table.Column<long>(type: "bigint", nullable: false),
                    UploadedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CourseId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Serial = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    EnrolmentId = table.Column<int>(type: "integer", nullable: false),
                    CourseId = table.Column<int>(type: "integer", nullable: false),
                    CourseTenant = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    AccountId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    HolderName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TenantName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CourseTitle = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ItModules = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IssuedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    RevokedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RevokedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    RevocationReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ReminderSentUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    QuizId = table.Column<int>(type: "integer", nullable: false),
                    LessonId = table.Column<int>(type: "integer", nullable: false),
                    CourseId = table.Column<int>(type: "integer", nullable: false),
                    EnrolmentId = table.Column<int>(type: "integer", nullable: false),
                    AccountId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TenantName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    StartedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DeadlineUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FinishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ScorePercent = table.Column<decimal>(type: "numeric(7,3)", precision: 7, scale: 3, nullable: true),
                    Passed = table.Column<bool>(type: "boolean", nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CourseId = table.Column<int>(type: "integer", nullable: false),
                    SectionId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    BodyMarkdown = table.Column<string>(type: "character varying(200000)", maxLength: 200000, nullable: true),
                    FilePath = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    FileContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ContentId = table.Column<int>(type: "integer", nullable: true),
                    Required = table.Column<bool>(type: "boolean", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AttemptId = table.Column<int>(type: "integer", nullable: false),
                    Slot = table.Column<int>(type: "integer", nullable: false),
                    QuestionId = table.Column<int>(type: "integer", nullable: false),
                    QuestionJson = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: false),
                    ResponseJson = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    Fraction = table.Column<decimal>(type: "numeric(9,6)", precision: 9, scale: 6, nullable: true)
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
                    EnrolmentId = table.Column<int>(type: "integer", nullable: false),
                    LessonId = table.Column<int>(type: "integer", nullable: false),
                    Completed = table.Column<bool>(type: "boolean", nullable: false),
                    Passed = table.Column<bool>(type: "boolean", nullable: true),
                    ScorePercent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EnrolmentId = table.Column<int>(type: "integer", nullable: false),
                    LessonId = table.Column<int>(type: "integer", nullable: false),
                    PackageId = table.Column<int>(type: "integer", nullable: false),
                    Launch = table.Column<int>(type: "integer", nullable: false),
                    DataJson = table.Column<string>(type: "text", nullable: false),
                    Completion = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Success = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ScoreRaw = table.Column<decimal>(type: "numeric(12,4)", precision: 12, scale: 4, nullable: true),
                    ScoreMin = table.Column<decimal>(type: "numeric(12,4)", precision: 12, scale: 4, nullable: true),
                    ScoreMax = table.Column<decimal>(type: "numeric(12,4)", precision: 12, scale: 4, nullable: true),
                    ScoreScaled = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: true),
                    ScorePercent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    Location = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Exit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PreviousSeconds = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    LaunchSeconds = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    LaunchFinished = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
