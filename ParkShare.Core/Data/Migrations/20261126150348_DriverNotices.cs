using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParkShare.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class DriverNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DriverNotices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DriverId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LotId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SpaceCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    LevelName = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    AtUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    UntilUtc = table.Column<long>(type: "INTEGER", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAtUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    ReadAtUtc = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DriverNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DriverNotices_Drivers_DriverId",
                        column: x => x.DriverId,
                        principalTable: "Drivers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DriverNotices_Lots_LotId",
                        column: x => x.LotId,
                        principalTable: "Lots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DriverNotices_DriverId_Kind_SubjectId",
                table: "DriverNotices",
                columns: new[] { "DriverId", "Kind", "SubjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DriverNotices_DriverId_ReadAtUtc",
                table: "DriverNotices",
                columns: new[] { "DriverId", "ReadAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_DriverNotices_LotId",
                table: "DriverNotices",
                column: "LotId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DriverNotices");
        }
    }
}
