using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParkShare.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class NoticesSensorsPhotos : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "PhotoUpdatedAtUtc",
                table: "ParkingRecords",
                type: "INTEGER",
                nullable: true);

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

            migrationBuilder.CreateTable(
                name: "LotApiKeys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LotId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    SecretHash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    CreatedAtUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RevokedAtUtc = table.Column<long>(type: "INTEGER", nullable: true),
                    RevokedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LastUsedAtUtc = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LotApiKeys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LotApiKeys_Lots_LotId",
                        column: x => x.LotId,
                        principalTable: "Lots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SensorOccupancies",
                columns: table => new
                {
                    SpaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LotId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Occupied = table.Column<bool>(type: "INTEGER", nullable: false),
                    ObservedAtUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    SourceKeyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceLabel = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ReceivedAtUtc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SensorOccupancies", x => x.SpaceId);
                    table.ForeignKey(
                        name: "FK_SensorOccupancies_LotApiKeys_SourceKeyId",
                        column: x => x.SourceKeyId,
                        principalTable: "LotApiKeys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SensorOccupancies_Lots_LotId",
                        column: x => x.LotId,
                        principalTable: "Lots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SensorOccupancies_Spaces_SpaceId",
                        column: x => x.SpaceId,
                        principalTable: "Spaces",
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

            migrationBuilder.CreateIndex(
                name: "IX_LotApiKeys_LotId_RevokedAtUtc",
                table: "LotApiKeys",
                columns: new[] { "LotId", "RevokedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_LotApiKeys_SecretHash",
                table: "LotApiKeys",
                column: "SecretHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SensorOccupancies_LotId_Occupied_ObservedAtUtc",
                table: "SensorOccupancies",
                columns: new[] { "LotId", "Occupied", "ObservedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SensorOccupancies_SourceKeyId",
                table: "SensorOccupancies",
                column: "SourceKeyId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DriverNotices");

            migrationBuilder.DropTable(
                name: "SensorOccupancies");

            migrationBuilder.DropTable(
                name: "LotApiKeys");

            migrationBuilder.DropColumn(
                name: "PhotoUpdatedAtUtc",
                table: "ParkingRecords");
        }
    }
}
