using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace ParkShare.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class SeedConsoleRoles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.InsertData(
                table: "AspNetRoles",
                columns: new[] { "Id", "ConcurrencyStamp", "Name", "NormalizedName" },
                values: new object[,]
                {
                    { "6d1d3c0e-2d0c-4d55-9d5b-0a1f5b0c0001", "admin-role", "Admin", "ADMIN" },
                    { "6d1d3c0e-2d0c-4d55-9d5b-0a1f5b0c0002", "operator-role", "Operator", "OPERATOR" }
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DeleteData(
                table: "AspNetRoles",
                keyColumn: "Id",
                keyValue: "6d1d3c0e-2d0c-4d55-9d5b-0a1f5b0c0001");

            migrationBuilder.DeleteData(
                table: "AspNetRoles",
                keyColumn: "Id",
                keyValue: "6d1d3c0e-2d0c-4d55-9d5b-0a1f5b0c0002");
        }
    }
}
