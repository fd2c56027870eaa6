using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParkShare.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class People : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Nickname",
                table: "Drivers",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<string>(
                name: "DriverAlias",
                table: "Bindings",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<string>(
                name: "FriendAlias",
                table: "Bindings",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true,
                collation: "C");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Nickname",
                table: "Drivers");

            migrationBuilder.DropColumn(
                name: "DriverAlias",
                table: "Bindings");

            migrationBuilder.DropColumn(
                name: "FriendAlias",
                table: "Bindings");
        }
    }
}
