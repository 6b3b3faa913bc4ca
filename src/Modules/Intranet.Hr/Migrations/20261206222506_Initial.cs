using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Intranet.Hr.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Hr_Records",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonalId = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    StaffNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    OtherNames = table.Column<string>(type: "TEXT", nullable: true),
                    Sex = table.Column<int>(type: "INTEGER", nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    BirthDatePrecision = table.Column<int>(type: "INTEGER", nullable: false),
                    BirthPlace = table.Column<string>(type: "TEXT", nullable: true),
                    Hometown = table.Column<string>(type: "TEXT", nullable: true),
                    EthnicityCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ReligionCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    FamilyOrigin = table.Column<string>(type: "TEXT", nullable: true),
                    PermanentAddress = table.Column<string>(type: "TEXT", nullable: true),
                    CurrentAddress = table.Column<string>(type: "TEXT", nullable: true),
                    PersonalIdIssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FormerIdNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    SocialInsuranceNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    HealthInsuranceNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    OccupationBeforeRecruitment = table.Column<string>(type: "TEXT", nullable: true),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RecruitedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecruitingAgency = table.Column<string>(type: "TEXT", nullable: true),
                    JoinedAgencyOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProbationEndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ContractEndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedReason = table.Column<string>(type: "TEXT", nullable: true),
                    Strengths = table.Column<string>(type: "TEXT", nullable: true),
                    Titles = table.Column<string>(type: "TEXT", nullable: true),
                    MilitaryService = table.Column<string>(type: "TEXT", nullable: true),
                    DirectoryPersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    AccountId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Hr_Records", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Hr_Allowances",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Coefficient = table.Column<decimal>(type: "TEXT", nullable: true),
                    Percent = table.Column<decimal>(type: "TEXT", nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecordId = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    DecisionSignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionSigner = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    DecisionScanId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DecisionScanFileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", nullable: true),
                    RecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecordId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    AnnualIncome = table.Column<decimal>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Form = table.Column<string>(type: "TEXT", nullable: false),
                    Level = table.Column<string>(type: "TEXT", nullable: true),
                    EarlyStepMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordId = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    DecisionSignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionSigner = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    DecisionScanId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DecisionScanFileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", nullable: true),
                    RecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecordId = table.Column<int>(type: "INTEGER", nullable: false),
                    Group = table.Column<int>(type: "INTEGER", nullable: false),
                    Field = table.Column<string>(type: "TEXT", nullable: false),
                    CurrentValue = table.Column<string>(type: "TEXT", nullable: true),
                    ProposedValue = table.Column<string>(type: "TEXT", nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", nullable: true),
                    RequestedBy = table.Column<string>(type: "TEXT", nullable: false),
                    RequestedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", nullable: true),
                    DecidedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecisionReason = table.Column<string>(type: "TEXT", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Form = table.Column<string>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", nullable: true),
                    StepExtensionMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordId = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    DecisionSignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionSigner = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    DecisionScanId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DecisionScanFileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", nullable: true),
                    RecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecordId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Step = table.Column<int>(type: "INTEGER", nullable: true),
                    Coefficient = table.Column<decimal>(type: "TEXT", nullable: true),
                    ExceedingPercent = table.Column<int>(type: "INTEGER", nullable: true),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    DecisionSignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionSigner = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    DecisionScanId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DecisionScanFileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConfirmedBy = table.Column<string>(type: "TEXT", nullable: true),
                    ConfirmedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecordId = table.Column<int>(type: "INTEGER", nullable: false),
                    Relation = table.Column<string>(type: "TEXT", nullable: false),
                    SpouseSide = table.Column<bool>(type: "INTEGER", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", nullable: false),
                    BirthYear = table.Column<int>(type: "INTEGER", nullable: true),
                    Details = table.Column<string>(type: "TEXT", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecordId = table.Column<int>(type: "INTEGER", nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", nullable: true),
                    HeightCm = table.Column<int>(type: "INTEGER", nullable: true),
                    WeightKg = table.Column<decimal>(type: "TEXT", nullable: true),
                    BloodType = table.Column<string>(type: "TEXT", nullable: true),
                    PolicyStatus = table.Column<string>(type: "TEXT", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecordId = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecordId = table.Column<int>(type: "INTEGER", nullable: false),
                    Organisation = table.Column<string>(type: "TEXT", nullable: false),
                    JoinedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OfficialOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Role = table.Column<string>(type: "TEXT", nullable: true),
                    LeftOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Movement = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<string>(type: "TEXT", nullable: true),
                    UnitName = table.Column<string>(type: "TEXT", nullable: true),
                    JobPosition = table.Column<string>(type: "TEXT", nullable: true),
                    Post = table.Column<string>(type: "TEXT", nullable: true),
                    Agency = table.Column<string>(type: "TEXT", nullable: true),
                    RecordId = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    DecisionSignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionSigner = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    DecisionScanId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DecisionScanFileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", nullable: true),
                    RecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<string>(type: "TEXT", nullable: false),
                    Field = table.Column<string>(type: "TEXT", nullable: true),
                    Institution = table.Column<string>(type: "TEXT", nullable: true),
                    StudiedFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StudiedTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Mode = table.Column<string>(type: "TEXT", nullable: true),
                    CertificateNumber = table.Column<string>(type: "TEXT", nullable: true),
                    RecordId = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    DecisionSignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionSigner = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    DecisionScanId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DecisionScanFileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", nullable: true),
                    RecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Rating = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordId = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    DecisionSignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionSigner = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    DecisionScanId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DecisionScanFileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", nullable: true),
                    RecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RankCode = table.Column<string>(type: "TEXT", nullable: false),
                    ScaleCode = table.Column<string>(type: "TEXT", nullable: false),
                    Step = table.Column<int>(type: "INTEGER", nullable: false),
                    Coefficient = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    ExceedingPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    StepSince = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordId = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    DecisionSignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionSigner = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    DecisionScanId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DecisionScanFileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", nullable: true),
                    RecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
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
