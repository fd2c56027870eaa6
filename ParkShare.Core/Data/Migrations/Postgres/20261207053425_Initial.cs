using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace ParkShare.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    DisplayName = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Xml = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Drivers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MiniProgramOpenId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true, collation: "C"),
                    OfficialAccountOpenId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true, collation: "C"),
                    UnionId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true, collation: "C"),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PrivacyAcceptedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FollowsOfficialAccount = table.Column<bool>(type: "boolean", nullable: false),
                    OfficialAccountFollowChangedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Drivers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Lots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false, collation: "C"),
                    TimeZoneId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Georeference_MetersPerUnit = table.Column<double>(type: "double precision", nullable: false),
                    Georeference_OriginLat = table.Column<double>(type: "double precision", nullable: false),
                    Georeference_OriginLng = table.Column<double>(type: "double precision", nullable: false),
                    Georeference_RotationDegrees = table.Column<double>(type: "double precision", nullable: false),
                    ReservationRules_HoldMinutes = table.Column<int>(type: "integer", nullable: false),
                    ReservationRules_MaxActivePerDriver = table.Column<int>(type: "integer", nullable: false),
                    ReservationRules_MaxAdvanceMinutes = table.Column<int>(type: "integer", nullable: false),
                    ReservationRules_MaxDurationMinutes = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Lots", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OfficialAccountReceipts",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    ReceivedAtUtc = table.Column<long>(type: "bigint", nullable: false),
                    CompletedAtUtc = table.Column<long>(type: "bigint", nullable: true),
                    Reply = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfficialAccountReceipts", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "StaffAuditEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AtUtc = table.Column<long>(type: "bigint", nullable: false),
                    ActorUserId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false, collation: "C"),
                    ActorName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false, collation: "C"),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SubjectUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true, collation: "C"),
                    Subject = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false, collation: "C"),
                    Details = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffAuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StaffInvites",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false, collation: "C"),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false, collation: "C"),
                    DisplayName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    Role = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    LotIds = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    TokenHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    CreatedAtUtc = table.Column<long>(type: "bigint", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false, collation: "C"),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false, collation: "C"),
                    ExpiresAtUtc = table.Column<long>(type: "bigint", nullable: false),
                    AcceptedAtUtc = table.Column<long>(type: "bigint", nullable: true),
                    AcceptedUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true, collation: "C"),
                    RevokedAtUtc = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffInvites", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ClaimType = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ClaimValue = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ClaimType = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ClaimValue = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ProviderKey = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    UserId = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    RoleId = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    LoginProvider = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Value = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StaffPasswordResets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    TokenHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    CreatedAtUtc = table.Column<long>(type: "bigint", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false, collation: "C"),
                    ExpiresAtUtc = table.Column<long>(type: "bigint", nullable: false),
                    UsedAtUtc = table.Column<long>(type: "bigint", nullable: true),
                    RevokedAtUtc = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffPasswordResets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StaffPasswordResets_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BindingInvites",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DriverId = table.Column<Guid>(type: "uuid", nullable: false),
                    CodeHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    CreatedAtUtc = table.Column<long>(type: "bigint", nullable: false),
                    ExpiresAtUtc = table.Column<long>(type: "bigint", nullable: false),
                    UsedAtUtc = table.Column<long>(type: "bigint", nullable: true),
                    UsedByDriverId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BindingInvites", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BindingInvites_Drivers_DriverId",
                        column: x => x.DriverId,
                        principalTable: "Drivers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BindingInvites_Drivers_UsedByDriverId",
                        column: x => x.UsedByDriverId,
                        principalTable: "Drivers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Bindings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DriverId = table.Column<Guid>(type: "uuid", nullable: false),
                    FriendId = table.Column<Guid>(type: "uuid", nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedAtUtc = table.Column<long>(type: "bigint", nullable: false),
                    RevokedAtUtc = table.Column<long>(type: "bigint", nullable: true),
                    RevokedByDriverId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bindings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Bindings_Drivers_DriverId",
                        column: x => x.DriverId,
                        principalTable: "Drivers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Bindings_Drivers_FriendId",
                        column: x => x.FriendId,
                        principalTable: "Drivers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DriverSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DriverId = table.Column<Guid>(type: "uuid", nullable: false),
                    TokenHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RevokedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DriverSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DriverSessions_Drivers_DriverId",
                        column: x => x.DriverId,
                        principalTable: "Drivers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IdempotencyRecords",
                columns: table => new
                {
                    DriverId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    RequestHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    ResourceId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAtUtc = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdempotencyRecords", x => new { x.DriverId, x.Key });
                    table.ForeignKey(
                        name: "FK_IdempotencyRecords_Drivers_DriverId",
                        column: x => x.DriverId,
                        principalTable: "Drivers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OfficialAccountLinkCodes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DriverId = table.Column<Guid>(type: "uuid", nullable: false),
                    CodeHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    CreatedAtUtc = table.Column<long>(type: "bigint", nullable: false),
                    ExpiresAtUtc = table.Column<long>(type: "bigint", nullable: false),
                    UsedAtUtc = table.Column<long>(type: "bigint", nullable: true)
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

            migrationBuilder.CreateTable(
                name: "SubscriptionGrants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DriverId = table.Column<Guid>(type: "uuid", nullable: false),
                    TemplateId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    CreatedAtUtc = table.Column<long>(type: "bigint", nullable: false),
                    UsedAtUtc = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubscriptionGrants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SubscriptionGrants_Drivers_DriverId",
                        column: x => x.DriverId,
                        principalTable: "Drivers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DriverNotices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DriverId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    LotId = table.Column<Guid>(type: "uuid", nullable: false),
                    SpaceCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    LevelName = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true, collation: "C"),
                    AtUtc = table.Column<long>(type: "bigint", nullable: false),
                    UntilUtc = table.Column<long>(type: "bigint", nullable: true),
                    Reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    CreatedAtUtc = table.Column<long>(type: "bigint", nullable: false),
                    ReadAtUtc = table.Column<long>(type: "bigint", nullable: true)
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
                name: "Levels",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LotId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Outline = table.Column<string>(type: "text", nullable: false),
                    EditVersion = table.Column<int>(type: "integer", nullable: false),
                    FloorPlanImage = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Levels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Levels_Lots_LotId",
                        column: x => x.LotId,
                        principalTable: "Lots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LotApiKeys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LotId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Prefix = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false, collation: "C"),
                    SecretHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    CreatedAtUtc = table.Column<long>(type: "bigint", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false, collation: "C"),
                    RevokedAtUtc = table.Column<long>(type: "bigint", nullable: true),
                    RevokedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    LastUsedAtUtc = table.Column<long>(type: "bigint", nullable: true)
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
                name: "LotAssignments",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    LotId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LotAssignments", x => new { x.UserId, x.LotId });
                    table.ForeignKey(
                        name: "FK_LotAssignments_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LotAssignments_Lots_LotId",
                        column: x => x.LotId,
                        principalTable: "Lots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LotChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LotId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false, collation: "C"),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false, collation: "C"),
                    AtUtc = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LotChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LotChanges_Lots_LotId",
                        column: x => x.LotId,
                        principalTable: "Lots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ParkingRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DriverId = table.Column<Guid>(type: "uuid", nullable: false),
                    LotId = table.Column<Guid>(type: "uuid", nullable: false),
                    SpaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    SpaceCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    LevelName = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    ZoneCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true, collation: "C"),
                    LocalX = table.Column<double>(type: "double precision", nullable: false),
                    LocalY = table.Column<double>(type: "double precision", nullable: false),
                    Lat = table.Column<double>(type: "double precision", nullable: false),
                    Lng = table.Column<double>(type: "double precision", nullable: false),
                    ResolvedBy = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ReservationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Plate = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true, collation: "C"),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C"),
                    ExpectedPickupAtUtc = table.Column<long>(type: "bigint", nullable: true),
                    ParkedAtUtc = table.Column<long>(type: "bigint", nullable: false),
                    EndedAtUtc = table.Column<long>(type: "bigint", nullable: true),
                    PhotoUpdatedAtUtc = table.Column<long>(type: "bigint", nullable: true),
                    HasChosenAudience = table.Column<bool>(type: "boolean", nullable: false),
                    PositionRevision = table.Column<int>(type: "integer", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "WalkwayConnector",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LotId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    FromNodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    ToNodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    CostMeters = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WalkwayConnector", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WalkwayConnector_Lots_LotId",
                        column: x => x.LotId,
                        principalTable: "Lots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FloorPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LevelId = table.Column<Guid>(type: "uuid", nullable: false),
                    Image = table.Column<byte[]>(type: "bytea", nullable: false),
                    ContentType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    PixelWidth = table.Column<int>(type: "integer", nullable: false),
                    PixelHeight = table.Column<int>(type: "integer", nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    UploadedAtUtc = table.Column<long>(type: "bigint", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false, collation: "C"),
                    MetersPerPixel = table.Column<double>(type: "double precision", nullable: false),
                    RotationDegrees = table.Column<double>(type: "double precision", nullable: false),
                    OffsetX = table.Column<double>(type: "double precision", nullable: false),
                    OffsetY = table.Column<double>(type: "double precision", nullable: false),
                    Opacity = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FloorPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FloorPlans_Levels_LevelId",
                        column: x => x.LevelId,
                        principalTable: "Levels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Landmark",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LevelId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    X = table.Column<double>(type: "double precision", nullable: false),
                    Y = table.Column<double>(type: "double precision", nullable: false),
                    MarkerCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Landmark", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Landmark_Levels_LevelId",
                        column: x => x.LevelId,
                        principalTable: "Levels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WalkwayEdge",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LevelId = table.Column<Guid>(type: "uuid", nullable: false),
                    FromNodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    ToNodeId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WalkwayEdge", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WalkwayEdge_Levels_LevelId",
                        column: x => x.LevelId,
                        principalTable: "Levels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WalkwayNode",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LevelId = table.Column<Guid>(type: "uuid", nullable: false),
                    X = table.Column<double>(type: "double precision", nullable: false),
                    Y = table.Column<double>(type: "double precision", nullable: false),
                    LandmarkId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WalkwayNode", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WalkwayNode_Levels_LevelId",
                        column: x => x.LevelId,
                        principalTable: "Levels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Zone",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LevelId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    Color = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    Polygon = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Zone", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Zone_Levels_LevelId",
                        column: x => x.LevelId,
                        principalTable: "Levels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordId = table.Column<Guid>(type: "uuid", nullable: true),
                    NoticeId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecipientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Event = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    CreatedAtUtc = table.Column<long>(type: "bigint", nullable: false),
                    NextAttemptAtUtc = table.Column<long>(type: "bigint", nullable: false),
                    ClaimedUntilUtc = table.Column<long>(type: "bigint", nullable: true),
                    ClaimToken = table.Column<Guid>(type: "uuid", nullable: true),
                    SentAtUtc = table.Column<long>(type: "bigint", nullable: true),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    LastError = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true, collation: "C"),
                    ShareLinkId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutboxMessages_DriverNotices_NoticeId",
                        column: x => x.NoticeId,
                        principalTable: "DriverNotices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OutboxMessages_Drivers_RecipientId",
                        column: x => x.RecipientId,
                        principalTable: "Drivers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OutboxMessages_ParkingRecords_RecordId",
                        column: x => x.RecordId,
                        principalTable: "ParkingRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RecordAudiences",
                columns: table => new
                {
                    RecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    FriendId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecordAudiences", x => new { x.RecordId, x.FriendId });
                    table.ForeignKey(
                        name: "FK_RecordAudiences_Drivers_FriendId",
                        column: x => x.FriendId,
                        principalTable: "Drivers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RecordAudiences_ParkingRecords_RecordId",
                        column: x => x.RecordId,
                        principalTable: "ParkingRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ShareLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    DriverId = table.Column<Guid>(type: "uuid", nullable: false),
                    LotId = table.Column<Guid>(type: "uuid", nullable: false),
                    TokenHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    ProtectedToken = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false, collation: "C"),
                    CreatedAtUtc = table.Column<long>(type: "bigint", nullable: false),
                    ExpiresAtUtc = table.Column<long>(type: "bigint", nullable: false),
                    RevokedAtUtc = table.Column<long>(type: "bigint", nullable: true),
                    PickedUpAtUtc = table.Column<long>(type: "bigint", nullable: true),
                    ShowPlate = table.Column<bool>(type: "boolean", nullable: false),
                    ShowPhoto = table.Column<bool>(type: "boolean", nullable: false),
                    PinHash = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true, collation: "C"),
                    FailedPinAttempts = table.Column<int>(type: "integer", nullable: false),
                    LockedUntilUtc = table.Column<long>(type: "bigint", nullable: true),
                    MaxViews = table.Column<int>(type: "integer", nullable: true),
                    Views = table.Column<int>(type: "integer", nullable: false),
                    FirstViewedAtUtc = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShareLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ShareLinks_ParkingRecords_RecordId",
                        column: x => x.RecordId,
                        principalTable: "ParkingRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Spaces",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LevelId = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: true),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    Number = table.Column<int>(type: "integer", nullable: true),
                    Label = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    Polygon = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Reservable = table.Column<bool>(type: "boolean", nullable: false),
                    Disabled = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Spaces", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Spaces_Levels_LevelId",
                        column: x => x.LevelId,
                        principalTable: "Levels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Spaces_Zone_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "Zone",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ShareViews",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ShareLinkId = table.Column<Guid>(type: "uuid", nullable: false),
                    AtUtc = table.Column<long>(type: "bigint", nullable: false),
                    Device = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false, collation: "C"),
                    Network = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true, collation: "C"),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShareViews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ShareViews_ShareLinks_ShareLinkId",
                        column: x => x.ShareLinkId,
                        principalTable: "ShareLinks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Reservations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LotId = table.Column<Guid>(type: "uuid", nullable: false),
                    SpaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    DriverId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartsAtUtc = table.Column<long>(type: "bigint", nullable: false),
                    EndsAtUtc = table.Column<long>(type: "bigint", nullable: false),
                    HoldUntilUtc = table.Column<long>(type: "bigint", nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedAtUtc = table.Column<long>(type: "bigint", nullable: false),
                    ClosedAtUtc = table.Column<long>(type: "bigint", nullable: true),
                    CancelReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reservations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reservations_Drivers_DriverId",
                        column: x => x.DriverId,
                        principalTable: "Drivers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Reservations_Lots_LotId",
                        column: x => x.LotId,
                        principalTable: "Lots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Reservations_Spaces_SpaceId",
                        column: x => x.SpaceId,
                        principalTable: "Spaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SensorOccupancies",
                columns: table => new
                {
                    SpaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    LotId = table.Column<Guid>(type: "uuid", nullable: false),
                    Occupied = table.Column<bool>(type: "boolean", nullable: false),
                    ObservedAtUtc = table.Column<long>(type: "bigint", nullable: false),
                    SourceKeyId = table.Column<Guid>(type: "uuid", nullable: false),
                    SourceLabel = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true, collation: "C"),
                    ReceivedAtUtc = table.Column<long>(type: "bigint", nullable: false)
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

            migrationBuilder.InsertData(
                table: "AspNetRoles",
                columns: new[] { "Id", "ConcurrencyStamp", "Name", "NormalizedName" },
                values: new object[,]
                {
                    { "6d1d3c0e-2d0c-4d55-9d5b-0a1f5b0c0001", "admin-role", "Admin", "ADMIN" },
                    { "6d1d3c0e-2d0c-4d55-9d5b-0a1f5b0c0002", "operator-role", "Operator", "OPERATOR" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BindingInvites_CodeHash",
                table: "BindingInvites",
                column: "CodeHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BindingInvites_DriverId_ExpiresAtUtc",
                table: "BindingInvites",
                columns: new[] { "DriverId", "ExpiresAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_BindingInvites_UsedByDriverId",
                table: "BindingInvites",
                column: "UsedByDriverId");

            migrationBuilder.CreateIndex(
                name: "IX_Bindings_DriverId_FriendId",
                table: "Bindings",
                columns: new[] { "DriverId", "FriendId" },
                unique: true,
                filter: "\"State\" = 'Active'");

            migrationBuilder.CreateIndex(
                name: "IX_Bindings_FriendId_State",
                table: "Bindings",
                columns: new[] { "FriendId", "State" });

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

            migrationBuilder.CreateIndex(
                name: "IX_DriverSessions_DriverId",
                table: "DriverSessions",
                column: "DriverId");

            migrationBuilder.CreateIndex(
                name: "IX_DriverSessions_TokenHash",
                table: "DriverSessions",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FloorPlans_LevelId",
                table: "FloorPlans",
                column: "LevelId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Landmark_LevelId",
                table: "Landmark",
                column: "LevelId");

            migrationBuilder.CreateIndex(
                name: "IX_Landmark_MarkerCode",
                table: "Landmark",
                column: "MarkerCode");

            migrationBuilder.CreateIndex(
                name: "IX_Levels_LotId_Ordinal",
                table: "Levels",
                columns: new[] { "LotId", "Ordinal" },
                unique: true);

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
                name: "IX_LotAssignments_LotId",
                table: "LotAssignments",
                column: "LotId");

            migrationBuilder.CreateIndex(
                name: "IX_LotChanges_LotId_AtUtc",
                table: "LotChanges",
                columns: new[] { "LotId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_OfficialAccountLinkCodes_CodeHash",
                table: "OfficialAccountLinkCodes",
                column: "CodeHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OfficialAccountLinkCodes_DriverId",
                table: "OfficialAccountLinkCodes",
                column: "DriverId");

            migrationBuilder.CreateIndex(
                name: "IX_OfficialAccountReceipts_ReceivedAtUtc",
                table: "OfficialAccountReceipts",
                column: "ReceivedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_NoticeId",
                table: "OutboxMessages",
                column: "NoticeId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_RecipientId",
                table: "OutboxMessages",
                column: "RecipientId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_RecordId_RecipientId",
                table: "OutboxMessages",
                columns: new[] { "RecordId", "RecipientId" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_State_NextAttemptAtUtc",
                table: "OutboxMessages",
                columns: new[] { "State", "NextAttemptAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_SubjectId_RecipientId_Event_Sequence",
                table: "OutboxMessages",
                columns: new[] { "SubjectId", "RecipientId", "Event", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ParkingRecords_DriverId_EndedAtUtc",
                table: "ParkingRecords",
                columns: new[] { "DriverId", "EndedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ParkingRecords_LotId_EndedAtUtc",
                table: "ParkingRecords",
                columns: new[] { "LotId", "EndedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ParkingRecords_Plate_EndedAtUtc",
                table: "ParkingRecords",
                columns: new[] { "Plate", "EndedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ParkingRecords_SpaceId_EndedAtUtc",
                table: "ParkingRecords",
                columns: new[] { "SpaceId", "EndedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_RecordAudiences_FriendId",
                table: "RecordAudiences",
                column: "FriendId");

            migrationBuilder.CreateIndex(
                name: "IX_Reservations_DriverId_State",
                table: "Reservations",
                columns: new[] { "DriverId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Reservations_LotId_State_StartsAtUtc",
                table: "Reservations",
                columns: new[] { "LotId", "State", "StartsAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Reservations_SpaceId_State_StartsAtUtc",
                table: "Reservations",
                columns: new[] { "SpaceId", "State", "StartsAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Reservations_State_HoldUntilUtc",
                table: "Reservations",
                columns: new[] { "State", "HoldUntilUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SensorOccupancies_LotId_Occupied_ObservedAtUtc",
                table: "SensorOccupancies",
                columns: new[] { "LotId", "Occupied", "ObservedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SensorOccupancies_SourceKeyId",
                table: "SensorOccupancies",
                column: "SourceKeyId");

            migrationBuilder.CreateIndex(
                name: "IX_ShareLinks_DriverId_CreatedAtUtc",
                table: "ShareLinks",
                columns: new[] { "DriverId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ShareLinks_RecordId",
                table: "ShareLinks",
                column: "RecordId");

            migrationBuilder.CreateIndex(
                name: "IX_ShareLinks_TokenHash",
                table: "ShareLinks",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ShareViews_ShareLinkId",
                table: "ShareViews",
                column: "ShareLinkId");

            migrationBuilder.CreateIndex(
                name: "IX_Spaces_LevelId_Code",
                table: "Spaces",
                columns: new[] { "LevelId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Spaces_ZoneId",
                table: "Spaces",
                column: "ZoneId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffAuditEntries_AtUtc",
                table: "StaffAuditEntries",
                column: "AtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_StaffInvites_NormalizedEmail",
                table: "StaffInvites",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_StaffInvites_TokenHash",
                table: "StaffInvites",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StaffPasswordResets_TokenHash",
                table: "StaffPasswordResets",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StaffPasswordResets_UserId",
                table: "StaffPasswordResets",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_SubscriptionGrants_DriverId_TemplateId_UsedAtUtc",
                table: "SubscriptionGrants",
                columns: new[] { "DriverId", "TemplateId", "UsedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_WalkwayConnector_LotId",
                table: "WalkwayConnector",
                column: "LotId");

            migrationBuilder.CreateIndex(
                name: "IX_WalkwayEdge_LevelId",
                table: "WalkwayEdge",
                column: "LevelId");

            migrationBuilder.CreateIndex(
                name: "IX_WalkwayNode_LevelId",
                table: "WalkwayNode",
                column: "LevelId");

            migrationBuilder.CreateIndex(
                name: "IX_Zone_LevelId_Code",
                table: "Zone",
                columns: new[] { "LevelId", "Code" },
                unique: true);

            // No two live reservations (held or checked in) of one space may overlap in time, whichever
            // node inserts them: the database refuses the second with SQLSTATE 23P01. Times are stored as
            // Unix milliseconds on both providers, so the range is built from them; [) makes back-to-back
            // windows compatible, as the SQLite path's "starts < other end && ends > other start" does.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS btree_gist;");
            migrationBuilder.Sql("""
                ALTER TABLE "Reservations" ADD CONSTRAINT "EX_Reservations_LiveWindowPerSpace"
                EXCLUDE USING gist (
                    "SpaceId" WITH =,
                    tstzrange(to_timestamp("StartsAtUtc" / 1000.0), to_timestamp("EndsAtUtc" / 1000.0), '[)') WITH &&)
                WHERE ("State" IN ('Active', 'CheckedIn'));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "BindingInvites");

            migrationBuilder.DropTable(
                name: "Bindings");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "DriverSessions");

            migrationBuilder.DropTable(
                name: "FloorPlans");

            migrationBuilder.DropTable(
                name: "IdempotencyRecords");

            migrationBuilder.DropTable(
                name: "Landmark");

            migrationBuilder.DropTable(
                name: "LotAssignments");

            migrationBuilder.DropTable(
                name: "LotChanges");

            migrationBuilder.DropTable(
                name: "OfficialAccountLinkCodes");

            migrationBuilder.DropTable(
                name: "OfficialAccountReceipts");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "RecordAudiences");

            migrationBuilder.DropTable(
                name: "Reservations");

            migrationBuilder.DropTable(
                name: "SensorOccupancies");

            migrationBuilder.DropTable(
                name: "ShareViews");

            migrationBuilder.DropTable(
                name: "StaffAuditEntries");

            migrationBuilder.DropTable(
                name: "StaffInvites");

            migrationBuilder.DropTable(
                name: "StaffPasswordResets");

            migrationBuilder.DropTable(
                name: "SubscriptionGrants");

            migrationBuilder.DropTable(
                name: "WalkwayConnector");

            migrationBuilder.DropTable(
                name: "WalkwayEdge");

            migrationBuilder.DropTable(
                name: "WalkwayNode");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "DriverNotices");

            migrationBuilder.DropTable(
                name: "LotApiKeys");

            migrationBuilder.DropTable(
                name: "Spaces");

            migrationBuilder.DropTable(
                name: "ShareLinks");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Zone");

            migrationBuilder.DropTable(
                name: "ParkingRecords");

            migrationBuilder.DropTable(
                name: "Levels");

            migrationBuilder.DropTable(
                name: "Drivers");

            migrationBuilder.DropTable(
                name: "Lots");
        }
    }
}
