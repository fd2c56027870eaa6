using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParkShare.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class OfficialAccountFollowAndLinkCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "FollowsOfficialAccount",
                table: "Drivers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "OfficialAccountFollowChangedAtUtc",
                table: "Drivers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "OfficialAccountLinkCodes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DriverId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CodeHash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    CreatedAtUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAtUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    UsedAtUtc = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfficialAccountLinkCodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfficialAccountLinkCodes_Drivers_DriverId",
                        column: x => x.DriverId,
                        principalTable: "Drivers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OfficialAccountLinkCodes_CodeHash",
                table: "OfficialAccountLinkCodes",
                column: "CodeHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OfficialAccountLinkCodes_DriverId",
                table: "OfficialAccountLinkCodes",
                column: "DriverId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OfficialAccountLinkCodes");

            migrationBuilder.DropColumn(
                name: "FollowsOfficialAccount",
                table: "Drivers");

            migrationBuilder.DropColumn(
                name: "OfficialAccountFollowChangedAtUtc",
                table: "Drivers");
        }
    }
}
