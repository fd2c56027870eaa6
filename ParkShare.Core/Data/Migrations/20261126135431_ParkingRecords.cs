using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParkShare.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class ParkingRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ParkingRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DriverId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LotId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SpaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SpaceCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    LevelName = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ZoneCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    LocalX = table.Column<double>(type: "REAL", nullable: false),
                    LocalY = table.Column<double>(type: "REAL", nullable: false),
                    Lat = table.Column<double>(type: "REAL", nullable: false),
                    Lng = table.Column<double>(type: "REAL", nullable: false),
                    ResolvedBy = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ReservationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Plate = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ExpectedPickupAtUtc = table.Column<long>(type: "INTEGER", nullable: true),
                    ParkedAtUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    EndedAtUtc = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParkingRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParkingRecords_Drivers_DriverId",
                        column: x => x.DriverId,
                        principalTable: "Drivers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ParkingRecords_Lots_LotId",
                        column: x => x.LotId,
                        principalTable: "Lots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ParkingRecords_DriverId_EndedAtUtc",
                table: "ParkingRecords",
                columns: new[] { "DriverId", "EndedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ParkingRecords_LotId",
                table: "ParkingRecords",
                column: "LotId");

            migrationBuilder.CreateIndex(
                name: "IX_ParkingRecords_Plate_EndedAtUtc",
                table: "ParkingRecords",
                columns: new[] { "Plate", "EndedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ParkingRecords_SpaceId_EndedAtUtc",
                table: "ParkingRecords",
                columns: new[] { "SpaceId", "EndedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ParkingRecords");
        }
    }
}
