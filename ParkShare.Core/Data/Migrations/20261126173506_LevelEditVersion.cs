using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParkShare.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class LevelEditVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "EditVersion",
                table: "Levels",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EditVersion",
                table: "Levels");
        }
    }
}
