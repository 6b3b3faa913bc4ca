using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Intranet.Hr.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class HrReferenceInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "HrRef_CodeListVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ListKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Version = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Source = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HrRef_CodeListVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HrRef_CodeListItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    VersionId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Aliases = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Parent = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    NumberValues = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Months = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HrRef_CodeListItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HrRef_CodeListItems_HrRef_CodeListVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "HrRef_CodeListVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HrRef_CodeListItems_VersionId_Code",
                table: "HrRef_CodeListItems",
                columns: new[] { "VersionId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HrRef_CodeListVersions_ListKey_ValidFrom",
                table: "HrRef_CodeListVersions",
                columns: new[] { "ListKey", "ValidFrom" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HrRef_CodeListItems");

            migrationBuilder.DropTable(
                name: "HrRef_CodeListVersions");
        }
    }
}
