using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Intranet.Hr.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class HrInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Hr_Records",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PersonalId = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    StaffNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    FullName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    OtherNames = table.Column<string>(type: "text", nullable: true),
                    Sex = table.Column<int>(type: "integer", nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    BirthDatePrecision = table.Column<int>(type: "integer", nullable: false),
                    BirthPlace = table.Column<string>(type: "text", nullable: true),
                    Hometown = table.Column<string>(type: "text", nullable: true),
                    EthnicityCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ReligionCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    FamilyOrigin = table.Column<string>(type: "text", nullable: true),
                    PermanentAddress = table.Column<string>(type: "text", nullable: true),
                    CurrentAddress = table.Column<string>(type: "text", nullable: true),
                    PersonalIdIssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FormerIdNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    SocialInsuranceNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    HealthInsuranceNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    OccupationBeforeRecruitment = table.Column<string>(type: "text", nullable: true),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    RecruitedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecruitingAgency = table.Column<string>(type: "text", nullable: true),
                    JoinedAgencyOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ProbationEndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ContractEndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedReason = table.Column<string>(type: "text", nullable: true),
                    ClosingStatus = table.Column<int>(type: "integer", nullable: true),
                    Strengths = table.Column<string>(type: "text", nullable: true),
                    Titles = table.Column<string>(type: "text", nullable: true),
                    MilitaryService = table.Column<string>(type: "text", nullable: true),
                    DirectoryPersonId = table.Column<int>(type: "integer", nullable: true),
                    AccountId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Hr_Records", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Hr_Allowances",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "text", nullable: false),
                    Coefficient = table.Column<decimal>(type: "numeric", nullable: true),
                    Percent = table.Column<decimal>(type: "numeric", nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordId = table.Column<int>(type: "integer", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    DecisionNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    DecisionSignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionSigner = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    DecisionScanId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    DecisionScanFileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "text", nullable: true),
                    RecordedBy = table.Column<string>(type: "text", nullable: true),
                    RecordedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Hr_Allowances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Hr_Allowances_Hr_Records_RecordId",
                        column: x => x.RecordId,
                        principalTable: "Hr_Records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Hr_Assets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecordId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    AnnualIncome = table.Column<decimal>(type: "numeric", nullable: true),
                    Description = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Hr_Assets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Hr_Assets_Hr_Records_RecordId",
                        column: x => x.RecordId,
                        principalTable: "Hr_Records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Hr_Awards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Form = table.Column<string>(type: "text", nullable: false),
                    Level = table.Column<string>(type: "text", nullable: true),
                    EarlyStepMonths = table.Column<int>(type: "integer", nullable: false),
                    RecordId = table.Column<int>(type: "integer", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    DecisionNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    DecisionSignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionSigner = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    DecisionScanId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    DecisionScanFileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "text", nullable: true),
                    RecordedBy = table.Column<string>(type: "text", nullable: true),
                    RecordedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Hr_Awards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Hr_Awards_Hr_Records_RecordId",
                        column: x => x.RecordId,
                        principalTable: "Hr_Records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Hr_Corrections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecordId = table.Column<int>(type: "integer", nullable: false),
                    Group = table.Column<int>(type: "integer", nullable: false),
                    Field = table.Column<string>(type: "text", nullable: false),
                    CurrentValue = table.Column<string>(type: "text", nullable: true),
                    ProposedValue = table.Column<string>(type: "text", nullable: false),
                    Explanation = table.Column<string>(type: "text", nullable: true),
                    RequestedBy = table.Column<string>(type: "text", nullable: false),
                    RequestedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    DecidedBy = table.Column<string>(type: "text", nullable: true),
                    DecidedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecisionReason = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Hr_Corrections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Hr_Corrections_Hr_Records_RecordId",
                        column: x => x.RecordId,
                        principalTable: "Hr_Records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Hr_Disciplines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Form = table.Column<string>(type: "text", nullable: false),
                    Reason = table.Column<string>(type: "text", nullable: true),
                    StepExtensionMonths = table.Column<int>(type: "integer", nullable: false),
                    RecordId = table.Column<int>(type: "integer", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    DecisionNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    DecisionSignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionSigner = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    DecisionScanId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    DecisionScanFileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "text", nullable: true),
                    RecordedBy = table.Column<string>(type: "text", nullable: true),
                    RecordedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Hr_Disciplines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Hr_Disciplines_Hr_Records_RecordId",
                        column: x => x.RecordId,
                        principalTable: "Hr_Records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Hr_Drafts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecordId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Step = table.Column<int>(type: "integer", nullable: true),
                    Coefficient = table.Column<decimal>(type: "numeric", nullable: true),
                    ExceedingPercent = table.Column<int>(type: "integer", nullable: true),
                    DecisionNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    DecisionSignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionSigner = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    DecisionScanId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    DecisionScanFileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConfirmedBy = table.Column<string>(type: "text", nullable: true),
                    ConfirmedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Hr_Drafts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Hr_Drafts_Hr_Records_RecordId",
                        column: x => x.RecordId,
                        principalTable: "Hr_Records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Hr_Family",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecordId = table.Column<int>(type: "integer", nullable: false),
                    Relation = table.Column<string>(type: "text", nullable: false),
                    SpouseSide = table.Column<bool>(type: "boolean", nullable: false),
                    FullName = table.Column<string>(type: "text", nullable: false),
                    BirthYear = table.Column<int>(type: "integer", nullable: true),
                    Details = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Hr_Family", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Hr_Family_Hr_Records_RecordId",
                        column: x => x.RecordId,
                        principalTable: "Hr_Records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Hr_Health",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecordId = table.Column<int>(type: "integer", nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "text", nullable: true),
                    HeightCm = table.Column<int>(type: "integer", nullable: true),
                    WeightKg = table.Column<decimal>(type: "numeric", nullable: true),
                    BloodType = table.Column<string>(type: "text", nullable: true),
                    PolicyStatus = table.Column<string>(type: "text", nullable: true),
                    Notes = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Hr_Health", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Hr_Health_Hr_Records_RecordId",
                        column: x => x.RecordId,
                        principalTable: "Hr_Records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Hr_History",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecordId = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    Description = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Hr_History", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Hr_History_Hr_Records_RecordId",
                        column: x => x.RecordId,
                        principalTable: "Hr_Records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Hr_Political",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecordId = table.Column<int>(type: "integer", nullable: false),
                    Organisation = table.Column<string>(type: "text", nullable: false),
                    JoinedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OfficialOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Role = table.Column<string>(type: "text", nullable: true),
                    LeftOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Hr_Political", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Hr_Political_Hr_Records_RecordId",
                        column: x => x.RecordId,
                        principalTable: "Hr_Records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Hr_Postings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Movement = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<string>(type: "text", nullable: true),
                    UnitName = table.Column<string>(type: "text", nullable: true),
                    JobPosition = table.Column<string>(type: "text", nullable: true),
                    Post = table.Column<string>(type: "text", nullable: true),
                    Agency = table.Column<string>(type: "text", nullable: true),
                    RecordId = table.Column<int>(type: "integer", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    DecisionNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    DecisionSignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionSigner = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    DecisionScanId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    DecisionScanFileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "text", nullable: true),
                    RecordedBy = table.Column<string>(type: "text", nullable: true),
                    RecordedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Hr_Postings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Hr_Postings_Hr_Records_RecordId",
                        column: x => x.RecordId,
                        principalTable: "Hr_Records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Hr_Qualifications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Level = table.Column<string>(type: "text", nullable: false),
                    Field = table.Column<string>(type: "text", nullable: true),
                    Institution = table.Column<string>(type: "text", nullable: true),
                    StudiedFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    StudiedTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Mode = table.Column<string>(type: "text", nullable: true),
                    CertificateNumber = table.Column<string>(type: "text", nullable: true),
                    RecordId = table.Column<int>(type: "integer", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    DecisionNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    DecisionSignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionSigner = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    DecisionScanId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    DecisionScanFileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "text", nullable: true),
                    RecordedBy = table.Column<string>(type: "text", nullable: true),
                    RecordedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Hr_Qualifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Hr_Qualifications_Hr_Records_RecordId",
                        column: x => x.RecordId,
                        principalTable: "Hr_Records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Hr_Ratings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Rating = table.Column<int>(type: "integer", nullable: false),
                    RecordId = table.Column<int>(type: "integer", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    DecisionNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    DecisionSignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionSigner = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    DecisionScanId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    DecisionScanFileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "text", nullable: true),
                    RecordedBy = table.Column<string>(type: "text", nullable: true),
                    RecordedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Hr_Ratings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Hr_Ratings_Hr_Records_RecordId",
                        column: x => x.RecordId,
                        principalTable: "Hr_Records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Hr_Salary",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RankCode = table.Column<string>(type: "text", nullable: false),
                    ScaleCode = table.Column<string>(type: "text", nullable: false),
                    Step = table.Column<int>(type: "integer", nullable: false),
                    Coefficient = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    ExceedingPercent = table.Column<int>(type: "integer", nullable: false),
                    StepSince = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    RecordId = table.Column<int>(type: "integer", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    DecisionNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    DecisionSignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionSigner = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    DecisionScanId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    DecisionScanFileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "text", nullable: true),
                    RecordedBy = table.Column<string>(type: "text", nullable: true),
                    RecordedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Hr_Salary", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Hr_Salary_Hr_Records_RecordId",
                        column: x => x.RecordId,
                        principalTable: "Hr_Records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Hr_Allowances_RecordId_EffectiveFrom",
                table: "Hr_Allowances",
                columns: new[] { "RecordId", "EffectiveFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_Hr_Assets_RecordId",
                table: "Hr_Assets",
                column: "RecordId");

            migrationBuilder.CreateIndex(
                name: "IX_Hr_Awards_RecordId_EffectiveFrom",
                table: "Hr_Awards",
                columns: new[] { "RecordId", "EffectiveFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_Hr_Corrections_RecordId",
                table: "Hr_Corrections",
                column: "RecordId");

            migrationBuilder.CreateIndex(
                name: "IX_Hr_Corrections_Status_RecordId",
                table: "Hr_Corrections",
                columns: new[] { "Status", "RecordId" });

            migrationBuilder.CreateIndex(
                name: "IX_Hr_Disciplines_RecordId_EffectiveFrom",
                table: "Hr_Disciplines",
                columns: new[] { "RecordId", "EffectiveFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_Hr_Drafts_RecordId",
                table: "Hr_Drafts",
                column: "RecordId");

            migrationBuilder.CreateIndex(
                name: "IX_Hr_Drafts_Status_RecordId",
                table: "Hr_Drafts",
                columns: new[] { "Status", "RecordId" });

            migrationBuilder.CreateIndex(
                name: "IX_Hr_Family_RecordId",
                table: "Hr_Family",
                column: "RecordId");

            migrationBuilder.CreateIndex(
                name: "IX_Hr_Health_RecordId",
                table: "Hr_Health",
                column: "RecordId");

            migrationBuilder.CreateIndex(
                name: "IX_Hr_History_RecordId",
                table: "Hr_History",
                column: "RecordId");

            migrationBuilder.CreateIndex(
                name: "IX_Hr_Political_RecordId",
                table: "Hr_Political",
                column: "RecordId");

            migrationBuilder.CreateIndex(
                name: "IX_Hr_Postings_RecordId_EffectiveFrom",
                table: "Hr_Postings",
                columns: new[] { "RecordId", "EffectiveFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_Hr_Qualifications_RecordId_EffectiveFrom",
                table: "Hr_Qualifications",
                columns: new[] { "RecordId", "EffectiveFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_Hr_Ratings_RecordId_EffectiveFrom",
                table: "Hr_Ratings",
                columns: new[] { "RecordId", "EffectiveFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_Hr_Records_AccountId",
                table: "Hr_Records",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_Hr_Records_PersonalId",
                table: "Hr_Records",
                column: "PersonalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Hr_Records_Status",
                table: "Hr_Records",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Hr_Salary_RecordId_EffectiveFrom",
                table: "Hr_Salary",
                columns: new[] { "RecordId", "EffectiveFrom" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Hr_Allowances");

            migrationBuilder.DropTable(
                name: "Hr_Assets");

            migrationBuilder.DropTable(
                name: "Hr_Awards");

            migrationBuilder.DropTable(
                name: "Hr_Corrections");

            migrationBuilder.DropTable(
                name: "Hr_Disciplines");

            migrationBuilder.DropTable(
                name: "Hr_Drafts");

            migrationBuilder.DropTable(
                name: "Hr_Family");

            migrationBuilder.DropTable(
                name: "Hr_Health");

            migrationBuilder.DropTable(
                name: "Hr_History");

            migrationBuilder.DropTable(
                name: "Hr_Political");

            migrationBuilder.DropTable(
                name: "Hr_Postings");

            migrationBuilder.DropTable(
                name: "Hr_Qualifications");

            migrationBuilder.DropTable(
                name: "Hr_Ratings");

            migrationBuilder.DropTable(
                name: "Hr_Salary");

            migrationBuilder.DropTable(
                name: "Hr_Records");
        }
    }
}
