using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Intranet.Hr.Migrations
{
    /// <inheritdoc />
    public partial class HrTransferClosing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ClosingStatus",
                table: "Hr_Records",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ClosingStatus",
                table: "Hr_Records");
        }
    }
}
