using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParkShare.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class LotStateIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reservations_LotId",
                table: "Reservations");

            migrationBuilder.DropIndex(
                name: "IX_ParkingRecords_LotId",
                table: "ParkingRecords");

            migrationBuilder.CreateIndex(
                name: "IX_Reservations_LotId_State_StartsAtUtc",
                table: "Reservations",
                columns: new[] { "LotId", "State", "StartsAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ParkingRecords_LotId_EndedAtUtc",
                table: "ParkingRecords",
                columns: new[] { "LotId", "EndedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reservations_LotId_State_StartsAtUtc",
                table: "Reservations");

            migrationBuilder.DropIndex(
                name: "IX_ParkingRecords_LotId_EndedAtUtc",
                table: "ParkingRecords");

            migrationBuilder.CreateIndex(
                name: "IX_Reservations_LotId",
                table: "Reservations",
                column: "LotId");

            migrationBuilder.CreateIndex(
                name: "IX_ParkingRecords_LotId",
                table: "ParkingRecords",
                column: "LotId");
        }
    }
}
