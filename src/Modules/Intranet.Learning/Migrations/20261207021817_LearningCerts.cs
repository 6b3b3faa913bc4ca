using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Intranet.Learning.Migrations
{
    /// <inheritdoc />
    public partial class LearningCerts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "IX_Learning_ExternalCertificates_AccountId",
                table: "Learning_ExternalCertificates",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_Learning_ExternalCertificates_TenantName_IssuedOn",
                table: "Learning_ExternalCertificates",
                columns: new[] { "TenantName", "IssuedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Learning_Certificates");

            migrationBuilder.DropTable(
                name: "Learning_ExternalCertificates");
        }
    }
}
