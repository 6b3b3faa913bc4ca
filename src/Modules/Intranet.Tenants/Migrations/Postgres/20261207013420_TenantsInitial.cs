using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Intranet.Tenants.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TenantsInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Tenants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Prefix = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Hosts = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    DatabaseProvider = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ConnectionString = table.Column<string>(type: "text", nullable: true),
                    Theme = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Features = table.Column<string>(type: "text", nullable: false),
                    RecipeName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    VersionId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SearchText = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tenants", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Tenants_CreatedUtc",
                table: "Tenants",
                column: "CreatedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Tenants_DisplayName",
                table: "Tenants",
                column: "DisplayName");

            migrationBuilder.CreateIndex(
                name: "IX_Tenants_Name",
                table: "Tenants",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tenants_Prefix",
                table: "Tenants",
                column: "Prefix",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tenants_State",
                table: "Tenants",
                column: "State");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Tenants");
        }
    }
}
