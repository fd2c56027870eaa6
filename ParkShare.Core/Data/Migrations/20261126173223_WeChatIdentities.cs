using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParkShare.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class WeChatIdentities : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Drivers_OpenId",
                table: "Drivers");

            migrationBuilder.DropIndex(
                name: "IX_Drivers_UnionId",
                table: "Drivers");

            // The old OpenId was always the mini-program openid: keep every driver's identity.
            migrationBuilder.RenameColumn(
                name: "OpenId",
                table: "Drivers",
                newName: "MiniProgramOpenId");

            migrationBuilder.AlterColumn<string>(
                name: "MiniProgramOpenId",
                table: "Drivers",
                type: "TEXT",
                maxLength: 128,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 128);

            migrationBuilder.AddColumn<string>(
                name: "OfficialAccountOpenId",
                table: "Drivers",
                type: "TEXT",
                maxLength: 128,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Drivers_MiniProgramOpenId",
                table: "Drivers",
                column: "MiniProgramOpenId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Drivers_OfficialAccountOpenId",
                table: "Drivers",
                column: "OfficialAccountOpenId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Drivers_UnionId",
                table: "Drivers",
                column: "UnionId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Drivers_MiniProgramOpenId",
                table: "Drivers");

            migrationBuilder.DropIndex(
                name: "IX_Drivers_OfficialAccountOpenId",
                table: "Drivers");

            migrationBuilder.DropIndex(
                name: "IX_Drivers_UnionId",
                table: "Drivers");

            migrationBuilder.DropColumn(
                name: "OfficialAccountOpenId",
                table: "Drivers");

            migrationBuilder.RenameColumn(
                name: "MiniProgramOpenId",
                table: "Drivers",
                newName: "OpenId");

            migrationBuilder.AlterColumn<string>(
                name: "OpenId",
                table: "Drivers",
                type: "TEXT",
                maxLength: 128,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 128,
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Drivers_OpenId",
                table: "Drivers",
                column: "OpenId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Drivers_UnionId",
                table: "Drivers",
                column: "UnionId");
        }
    }
}
