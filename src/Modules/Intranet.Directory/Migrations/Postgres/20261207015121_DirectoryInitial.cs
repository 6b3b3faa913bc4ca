using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Intranet.Directory.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DirectoryInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Directory_Positions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Directory_Positions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Directory_Units",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    ParentId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Directory_Units", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Directory_Units_Directory_Units_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Directory_Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Directory_People",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FullName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    ExternalId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    UnitId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    PositionId = table.Column<int>(type: "integer", nullable: true),
                    OfficePhone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Mobile = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Room = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    AccountId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    AccountDisabled = table.Column<bool>(type: "boolean", nullable: false),
                    PhotoContentType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    PhotoVersion = table.Column<int>(type: "integer", nullable: false),
                    PositionVisibility = table.Column<int>(type: "integer", nullable: false),
                    EmailVisibility = table.Column<int>(type: "integer", nullable: false),
                    OfficePhoneVisibility = table.Column<int>(type: "integer", nullable: false),
                    MobileVisibility = table.Column<int>(type: "integer", nullable: false),
                    RoomVisibility = table.Column<int>(type: "integer", nullable: false),
                    PhotoVisibility = table.Column<int>(type: "integer", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Directory_People", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Directory_People_Directory_Positions_PositionId",
                        column: x => x.PositionId,
                        principalTable: "Directory_Positions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Directory_People_Directory_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Directory_Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Directory_People_AccountId",
                table: "Directory_People",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_Directory_People_Email",
                table: "Directory_People",
                column: "Email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Directory_People_ExternalId",
                table: "Directory_People",
                column: "ExternalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Directory_People_PositionId",
                table: "Directory_People",
                column: "PositionId");

            migrationBuilder.CreateIndex(
                name: "IX_Directory_People_UnitId",
                table: "Directory_People",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Directory_Positions_Name",
                table: "Directory_Positions",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Directory_Units_ParentId",
                table: "Directory_Units",
                column: "ParentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Directory_People");

            migrationBuilder.DropTable(
                name: "Directory_Positions");

            migrationBuilder.DropTable(
                name: "Directory_Units");
        }
    }
}
