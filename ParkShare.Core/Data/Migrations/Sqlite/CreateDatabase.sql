CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);

CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "DisplayName" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);

CREATE TABLE "DataProtectionKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NULL,
    "Xml" TEXT NULL
);

CREATE TABLE "Drivers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Drivers" PRIMARY KEY,
    "MiniProgramOpenId" TEXT NULL,
    "OfficialAccountOpenId" TEXT NULL,
    "UnionId" TEXT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "PrivacyAcceptedAtUtc" TEXT NULL,
    "FollowsOfficialAccount" INTEGER NOT NULL,
    "OfficialAccountFollowChangedAtUtc" TEXT NULL
);

CREATE TABLE "Lots" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Lots" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Address" TEXT NOT NULL,
    "TimeZoneId" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "Georeference_MetersPerUnit" REAL NOT NULL,
    "Georeference_OriginLat" REAL NOT NULL,
    "Georeference_OriginLng" REAL NOT NULL,
    "Georeference_RotationDegrees" REAL NOT NULL,
    "ReservationRules_HoldMinutes" INTEGER NOT NULL,
    "ReservationRules_MaxActivePerDriver" INTEGER NOT NULL,
    "ReservationRules_MaxAdvanceMinutes" INTEGER NOT NULL,
    "ReservationRules_MaxDurationMinutes" INTEGER NOT NULL
);

CREATE TABLE "OfficialAccountReceipts" (
    "Key" TEXT NOT NULL CONSTRAINT "PK_OfficialAccountReceipts" PRIMARY KEY,
    "ReceivedAtUtc" INTEGER NOT NULL,
    "CompletedAtUtc" INTEGER NULL,
    "Reply" TEXT NULL
);

CREATE TABLE "StaffAuditEntries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_StaffAuditEntries" PRIMARY KEY,
    "AtUtc" INTEGER NOT NULL,
    "ActorUserId" TEXT NOT NULL,
    "ActorName" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "SubjectUserId" TEXT NULL,
    "Subject" TEXT NOT NULL,
    "Details" TEXT NOT NULL
);

CREATE TABLE "StaffInvites" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_StaffInvites" PRIMARY KEY,
    "Email" TEXT NOT NULL,
    "NormalizedEmail" TEXT NOT NULL,
    "DisplayName" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "LotIds" TEXT NOT NULL,
    "TokenHash" BLOB NOT NULL,
    "CreatedAtUtc" INTEGER NOT NULL,
    "CreatedByUserId" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "ExpiresAtUtc" INTEGER NOT NULL,
    "AcceptedAtUtc" INTEGER NULL,
    "AcceptedUserId" TEXT NULL,
    "RevokedAtUtc" INTEGER NULL
);

CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "StaffPasswordResets" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_StaffPasswordResets" PRIMARY KEY,
    "UserId" TEXT NOT NULL,
    "TokenHash" BLOB NOT NULL,
    "CreatedAtUtc" INTEGER NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "ExpiresAtUtc" INTEGER NOT NULL,
    "UsedAtUtc" INTEGER NULL,
    "RevokedAtUtc" INTEGER NULL,
    CONSTRAINT "FK_StaffPasswordResets_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "BindingInvites" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_BindingInvites" PRIMARY KEY,
    "DriverId" TEXT NOT NULL,
    "CodeHash" BLOB NOT NULL,
    "CreatedAtUtc" INTEGER NOT NULL,
    "ExpiresAtUtc" INTEGER NOT NULL,
    "UsedAtUtc" INTEGER NULL,
    "UsedByDriverId" TEXT NULL,
    CONSTRAINT "FK_BindingInvites_Drivers_DriverId" FOREIGN KEY ("DriverId") REFERENCES "Drivers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_BindingInvites_Drivers_UsedByDriverId" FOREIGN KEY ("UsedByDriverId") REFERENCES "Drivers" ("Id") ON DELETE SET NULL
);

CREATE TABLE "Bindings" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Bindings" PRIMARY KEY,
    "DriverId" TEXT NOT NULL,
    "FriendId" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "CreatedAtUtc" INTEGER NOT NULL,
    "RevokedAtUtc" INTEGER NULL,
    "RevokedByDriverId" TEXT NULL,
    CONSTRAINT "FK_Bindings_Drivers_DriverId" FOREIGN KEY ("DriverId") REFERENCES "Drivers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Bindings_Drivers_FriendId" FOREIGN KEY ("FriendId") REFERENCES "Drivers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "DriverSessions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DriverSessions" PRIMARY KEY,
    "DriverId" TEXT NOT NULL,
    "TokenHash" BLOB NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "ExpiresAtUtc" TEXT NOT NULL,
    "RevokedAtUtc" TEXT NULL,
    CONSTRAINT "FK_DriverSessions_Drivers_DriverId" FOREIGN KEY ("DriverId") REFERENCES "Drivers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "IdempotencyRecords" (
    "DriverId" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "RequestHash" TEXT NOT NULL,
    "ResourceId" TEXT NOT NULL,
    "CreatedAtUtc" INTEGER NOT NULL,
    CONSTRAINT "PK_IdempotencyRecords" PRIMARY KEY ("DriverId", "Key"),
    CONSTRAINT "FK_IdempotencyRecords_Drivers_DriverId" FOREIGN KEY ("DriverId") REFERENCES "Drivers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "OfficialAccountLinkCodes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_OfficialAccountLinkCodes" PRIMARY KEY,
    "DriverId" TEXT NOT NULL,
    "CodeHash" BLOB NOT NULL,
    "CreatedAtUtc" INTEGER NOT NULL,
    "ExpiresAtUtc" INTEGER NOT NULL,
    "UsedAtUtc" INTEGER NULL,
    CONSTRAINT "FK_OfficialAccountLinkCodes_Drivers_DriverId" FOREIGN KEY ("DriverId") REFERENCES "Drivers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "SubscriptionGrants" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SubscriptionGrants" PRIMARY KEY,
    "DriverId" TEXT NOT NULL,
    "TemplateId" TEXT NOT NULL,
    "CreatedAtUtc" INTEGER NOT NULL,
    "UsedAtUtc" INTEGER NULL,
    CONSTRAINT "FK_SubscriptionGrants_Drivers_DriverId" FOREIGN KEY ("DriverId") REFERENCES "Drivers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "DriverNotices" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DriverNotices" PRIMARY KEY,
    "DriverId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "SubjectId" TEXT NOT NULL,
    "LotId" TEXT NOT NULL,
    "SpaceCode" TEXT NOT NULL,
    "LevelName" TEXT NULL,
    "AtUtc" INTEGER NOT NULL,
    "UntilUtc" INTEGER NULL,
    "Reason" TEXT NULL,
    "CreatedAtUtc" INTEGER NOT NULL,
    "ReadAtUtc" INTEGER NULL,
    CONSTRAINT "FK_DriverNotices_Drivers_DriverId" FOREIGN KEY ("DriverId") REFERENCES "Drivers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_DriverNotices_Lots_LotId" FOREIGN KEY ("LotId") REFERENCES "Lots" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Levels" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Levels" PRIMARY KEY,
    "LotId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Ordinal" INTEGER NOT NULL,
    "Outline" TEXT NOT NULL,
    "EditVersion" INTEGER NOT NULL,
    "FloorPlanImage" TEXT NULL,
    CONSTRAINT "FK_Levels_Lots_LotId" FOREIGN KEY ("LotId") REFERENCES "Lots" ("Id") ON DELETE CASCADE
);

CREATE TABLE "LotApiKeys" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_LotApiKeys" PRIMARY KEY,
    "LotId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Prefix" TEXT NOT NULL,
    "SecretHash" BLOB NOT NULL,
    "CreatedAtUtc" INTEGER NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "RevokedAtUtc" INTEGER NULL,
    "RevokedBy" TEXT NULL,
    "LastUsedAtUtc" INTEGER NULL,
    CONSTRAINT "FK_LotApiKeys_Lots_LotId" FOREIGN KEY ("LotId") REFERENCES "Lots" ("Id") ON DELETE CASCADE
);

CREATE TABLE "LotAssignments" (
    "UserId" TEXT NOT NULL,
    "LotId" TEXT NOT NULL,
    CONSTRAINT "PK_LotAssignments" PRIMARY KEY ("UserId", "LotId"),
    CONSTRAINT "FK_LotAssignments_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_LotAssignments_Lots_LotId" FOREIGN KEY ("LotId") REFERENCES "Lots" ("Id") ON DELETE CASCADE
);

CREATE TABLE "LotChanges" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_LotChanges" PRIMARY KEY,
    "LotId" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "UserName" TEXT NOT NULL,
    "AtUtc" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    CONSTRAINT "FK_LotChanges_Lots_LotId" FOREIGN KEY ("LotId") REFERENCES "Lots" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ParkingRecords" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ParkingRecords" PRIMARY KEY,
    "DriverId" TEXT NOT NULL,
    "LotId" TEXT NOT NULL,
    "SpaceId" TEXT NOT NULL,
    "SpaceCode" TEXT NOT NULL,
    "LevelName" TEXT NOT NULL,
    "ZoneCode" TEXT NULL,
    "LocalX" REAL NOT NULL,
    "LocalY" REAL NOT NULL,
    "Lat" REAL NOT NULL,
    "Lng" REAL NOT NULL,
    "ResolvedBy" TEXT NOT NULL,
    "ReservationId" TEXT NULL,
    "Plate" TEXT NULL,
    "Note" TEXT NULL,
    "ExpectedPickupAtUtc" INTEGER NULL,
    "ParkedAtUtc" INTEGER NOT NULL,
    "EndedAtUtc" INTEGER NULL,
    "PhotoUpdatedAtUtc" INTEGER NULL,
    "HasChosenAudience" INTEGER NOT NULL,
    "PositionRevision" INTEGER NOT NULL,
    CONSTRAINT "FK_ParkingRecords_Drivers_DriverId" FOREIGN KEY ("DriverId") REFERENCES "Drivers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ParkingRecords_Lots_LotId" FOREIGN KEY ("LotId") REFERENCES "Lots" ("Id") ON DELETE CASCADE
);

CREATE TABLE "WalkwayConnector" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_WalkwayConnector" PRIMARY KEY,
    "LotId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "FromNodeId" TEXT NOT NULL,
    "ToNodeId" TEXT NOT NULL,
    "CostMeters" REAL NOT NULL,
    CONSTRAINT "FK_WalkwayConnector_Lots_LotId" FOREIGN KEY ("LotId") REFERENCES "Lots" ("Id") ON DELETE CASCADE
);

CREATE TABLE "FloorPlans" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_FloorPlans" PRIMARY KEY,
    "LevelId" TEXT NOT NULL,
    "Image" BLOB NOT NULL,
    "ContentType" TEXT NOT NULL,
    "PixelWidth" INTEGER NOT NULL,
    "PixelHeight" INTEGER NOT NULL,
    "ContentHash" TEXT NOT NULL,
    "UploadedAtUtc" INTEGER NOT NULL,
    "UploadedBy" TEXT NOT NULL,
    "MetersPerPixel" REAL NOT NULL,
    "RotationDegrees" REAL NOT NULL,
    "OffsetX" REAL NOT NULL,
    "OffsetY" REAL NOT NULL,
    "Opacity" REAL NOT NULL,
    CONSTRAINT "FK_FloorPlans_Levels_LevelId" FOREIGN KEY ("LevelId") REFERENCES "Levels" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Landmark" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Landmark" PRIMARY KEY,
    "LevelId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "X" REAL NOT NULL,
    "Y" REAL NOT NULL,
    "MarkerCode" TEXT NULL,
    CONSTRAINT "FK_Landmark_Levels_LevelId" FOREIGN KEY ("LevelId") REFERENCES "Levels" ("Id") ON DELETE CASCADE
);

CREATE TABLE "WalkwayEdge" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_WalkwayEdge" PRIMARY KEY,
    "LevelId" TEXT NOT NULL,
    "FromNodeId" TEXT NOT NULL,
    "ToNodeId" TEXT NOT NULL,
    CONSTRAINT "FK_WalkwayEdge_Levels_LevelId" FOREIGN KEY ("LevelId") REFERENCES "Levels" ("Id") ON DELETE CASCADE
);

CREATE TABLE "WalkwayNode" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_WalkwayNode" PRIMARY KEY,
    "LevelId" TEXT NOT NULL,
    "X" REAL NOT NULL,
    "Y" REAL NOT NULL,
    "LandmarkId" TEXT NULL,
    CONSTRAINT "FK_WalkwayNode_Levels_LevelId" FOREIGN KEY ("LevelId") REFERENCES "Levels" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Zone" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Zone" PRIMARY KEY,
    "LevelId" TEXT NOT NULL,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Color" TEXT NOT NULL,
    "Polygon" TEXT NOT NULL,
    CONSTRAINT "FK_Zone_Levels_LevelId" FOREIGN KEY ("LevelId") REFERENCES "Levels" ("Id") ON DELETE CASCADE
);

CREATE TABLE "OutboxMessages" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_OutboxMessages" PRIMARY KEY,
    "SubjectId" TEXT NOT NULL,
    "RecordId" TEXT NULL,
    "NoticeId" TEXT NULL,
    "RecipientId" TEXT NOT NULL,
    "Event" TEXT NOT NULL,
    "Sequence" INTEGER NOT NULL,
    "State" TEXT NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "CreatedAtUtc" INTEGER NOT NULL,
    "NextAttemptAtUtc" INTEGER NOT NULL,
    "ClaimedUntilUtc" INTEGER NULL,
    "ClaimToken" TEXT NULL,
    "SentAtUtc" INTEGER NULL,
    "Channel" TEXT NULL,
    "LastError" TEXT NULL,
    "ShareLinkId" TEXT NULL,
    CONSTRAINT "FK_OutboxMessages_DriverNotices_NoticeId" FOREIGN KEY ("NoticeId") REFERENCES "DriverNotices" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_OutboxMessages_Drivers_RecipientId" FOREIGN KEY ("RecipientId") REFERENCES "Drivers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_OutboxMessages_ParkingRecords_RecordId" FOREIGN KEY ("RecordId") REFERENCES "ParkingRecords" ("Id") ON DELETE CASCADE
);

CREATE TABLE "RecordAudiences" (
    "RecordId" TEXT NOT NULL,
    "FriendId" TEXT NOT NULL,
    CONSTRAINT "PK_RecordAudiences" PRIMARY KEY ("RecordId", "FriendId"),
    CONSTRAINT "FK_RecordAudiences_Drivers_FriendId" FOREIGN KEY ("FriendId") REFERENCES "Drivers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_RecordAudiences_ParkingRecords_RecordId" FOREIGN KEY ("RecordId") REFERENCES "ParkingRecords" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ShareLinks" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ShareLinks" PRIMARY KEY,
    "RecordId" TEXT NOT NULL,
    "DriverId" TEXT NOT NULL,
    "LotId" TEXT NOT NULL,
    "TokenHash" BLOB NOT NULL,
    "ProtectedToken" TEXT NOT NULL,
    "CreatedAtUtc" INTEGER NOT NULL,
    "ExpiresAtUtc" INTEGER NOT NULL,
    "RevokedAtUtc" INTEGER NULL,
    "PickedUpAtUtc" INTEGER NULL,
    "ShowPlate" INTEGER NOT NULL,
    "ShowPhoto" INTEGER NOT NULL,
    "PinHash" TEXT NULL,
    "FailedPinAttempts" INTEGER NOT NULL,
    "LockedUntilUtc" INTEGER NULL,
    "MaxViews" INTEGER NULL,
    "Views" INTEGER NOT NULL,
    "FirstViewedAtUtc" INTEGER NULL,
    CONSTRAINT "FK_ShareLinks_ParkingRecords_RecordId" FOREIGN KEY ("RecordId") REFERENCES "ParkingRecords" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Spaces" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Spaces" PRIMARY KEY,
    "LevelId" TEXT NOT NULL,
    "ZoneId" TEXT NULL,
    "Code" TEXT NOT NULL,
    "Number" INTEGER NULL,
    "Label" TEXT NOT NULL,
    "Polygon" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Reservable" INTEGER NOT NULL,
    "Disabled" INTEGER NOT NULL,
    CONSTRAINT "FK_Spaces_Levels_LevelId" FOREIGN KEY ("LevelId") REFERENCES "Levels" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Spaces_Zone_ZoneId" FOREIGN KEY ("ZoneId") REFERENCES "Zone" ("Id") ON DELETE SET NULL
);

CREATE TABLE "ShareViews" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ShareViews" PRIMARY KEY AUTOINCREMENT,
    "ShareLinkId" TEXT NOT NULL,
    "AtUtc" INTEGER NOT NULL,
    "Device" TEXT NOT NULL,
    "Network" TEXT NULL,
    "Count" INTEGER NOT NULL,
    CONSTRAINT "FK_ShareViews_ShareLinks_ShareLinkId" FOREIGN KEY ("ShareLinkId") REFERENCES "ShareLinks" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Reservations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Reservations" PRIMARY KEY,
    "LotId" TEXT NOT NULL,
    "SpaceId" TEXT NOT NULL,
    "DriverId" TEXT NOT NULL,
    "StartsAtUtc" INTEGER NOT NULL,
    "EndsAtUtc" INTEGER NOT NULL,
    "HoldUntilUtc" INTEGER NOT NULL,
    "State" TEXT NOT NULL,
    "CreatedAtUtc" INTEGER NOT NULL,
    "ClosedAtUtc" INTEGER NULL,
    "CancelReason" TEXT NULL,
    CONSTRAINT "FK_Reservations_Drivers_DriverId" FOREIGN KEY ("DriverId") REFERENCES "Drivers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Reservations_Lots_LotId" FOREIGN KEY ("LotId") REFERENCES "Lots" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Reservations_Spaces_SpaceId" FOREIGN KEY ("SpaceId") REFERENCES "Spaces" ("Id") ON DELETE CASCADE
);

CREATE TABLE "SensorOccupancies" (
    "SpaceId" TEXT NOT NULL CONSTRAINT "PK_SensorOccupancies" PRIMARY KEY,
    "LotId" TEXT NOT NULL,
    "Occupied" INTEGER NOT NULL,
    "ObservedAtUtc" INTEGER NOT NULL,
    "SourceKeyId" TEXT NOT NULL,
    "SourceLabel" TEXT NULL,
    "ReceivedAtUtc" INTEGER NOT NULL,
    CONSTRAINT "FK_SensorOccupancies_LotApiKeys_SourceKeyId" FOREIGN KEY ("SourceKeyId") REFERENCES "LotApiKeys" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_SensorOccupancies_Lots_LotId" FOREIGN KEY ("LotId") REFERENCES "Lots" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_SensorOccupancies_Spaces_SpaceId" FOREIGN KEY ("SpaceId") REFERENCES "Spaces" ("Id") ON DELETE CASCADE
);

INSERT INTO "AspNetRoles" ("Id", "ConcurrencyStamp", "Name", "NormalizedName")
VALUES ('6d1d3c0e-2d0c-4d55-9d5b-0a1f5b0c0001', 'admin-role', 'Admin', 'ADMIN');
SELECT changes();

INSERT INTO "AspNetRoles" ("Id", "ConcurrencyStamp", "Name", "NormalizedName")
VALUES ('6d1d3c0e-2d0c-4d55-9d5b-0a1f5b0c0002', 'operator-role', 'Operator', 'OPERATOR');
SELECT changes();


CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");

CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");

CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");

CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");

CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");

CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");

CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");

CREATE UNIQUE INDEX "IX_BindingInvites_CodeHash" ON "BindingInvites" ("CodeHash");

CREATE INDEX "IX_BindingInvites_DriverId_ExpiresAtUtc" ON "BindingInvites" ("DriverId", "ExpiresAtUtc");

CREATE INDEX "IX_BindingInvites_UsedByDriverId" ON "BindingInvites" ("UsedByDriverId");

CREATE UNIQUE INDEX "IX_Bindings_DriverId_FriendId" ON "Bindings" ("DriverId", "FriendId") WHERE "State" = 'Active';

CREATE INDEX "IX_Bindings_FriendId_State" ON "Bindings" ("FriendId", "State");

CREATE UNIQUE INDEX "IX_DriverNotices_DriverId_Kind_SubjectId" ON "DriverNotices" ("DriverId", "Kind", "SubjectId");

CREATE INDEX "IX_DriverNotices_DriverId_ReadAtUtc" ON "DriverNotices" ("DriverId", "ReadAtUtc");

CREATE INDEX "IX_DriverNotices_LotId" ON "DriverNotices" ("LotId");

CREATE UNIQUE INDEX "IX_Drivers_MiniProgramOpenId" ON "Drivers" ("MiniProgramOpenId");

CREATE UNIQUE INDEX "IX_Drivers_OfficialAccountOpenId" ON "Drivers" ("OfficialAccountOpenId");

CREATE UNIQUE INDEX "IX_Drivers_UnionId" ON "Drivers" ("UnionId");

CREATE INDEX "IX_DriverSessions_DriverId" ON "DriverSessions" ("DriverId");

CREATE UNIQUE INDEX "IX_DriverSessions_TokenHash" ON "DriverSessions" ("TokenHash");

CREATE UNIQUE INDEX "IX_FloorPlans_LevelId" ON "FloorPlans" ("LevelId");

CREATE INDEX "IX_Landmark_LevelId" ON "Landmark" ("LevelId");

CREATE INDEX "IX_Landmark_MarkerCode" ON "Landmark" ("MarkerCode");

CREATE UNIQUE INDEX "IX_Levels_LotId_Ordinal" ON "Levels" ("LotId", "Ordinal");

CREATE INDEX "IX_LotApiKeys_LotId_RevokedAtUtc" ON "LotApiKeys" ("LotId", "RevokedAtUtc");

CREATE UNIQUE INDEX "IX_LotApiKeys_SecretHash" ON "LotApiKeys" ("SecretHash");

CREATE INDEX "IX_LotAssignments_LotId" ON "LotAssignments" ("LotId");

CREATE INDEX "IX_LotChanges_LotId_AtUtc" ON "LotChanges" ("LotId", "AtUtc");

CREATE UNIQUE INDEX "IX_OfficialAccountLinkCodes_CodeHash" ON "OfficialAccountLinkCodes" ("CodeHash");

CREATE INDEX "IX_OfficialAccountLinkCodes_DriverId" ON "OfficialAccountLinkCodes" ("DriverId");

CREATE INDEX "IX_OfficialAccountReceipts_ReceivedAtUtc" ON "OfficialAccountReceipts" ("ReceivedAtUtc");

CREATE INDEX "IX_OutboxMessages_NoticeId" ON "OutboxMessages" ("NoticeId");

CREATE INDEX "IX_OutboxMessages_RecipientId" ON "OutboxMessages" ("RecipientId");

CREATE INDEX "IX_OutboxMessages_RecordId_RecipientId" ON "OutboxMessages" ("RecordId", "RecipientId");

CREATE INDEX "IX_OutboxMessages_State_NextAttemptAtUtc" ON "OutboxMessages" ("State", "NextAttemptAtUtc");

CREATE UNIQUE INDEX "IX_OutboxMessages_SubjectId_RecipientId_Event_Sequence" ON "OutboxMessages" ("SubjectId", "RecipientId", "Event", "Sequence");

CREATE INDEX "IX_ParkingRecords_DriverId_EndedAtUtc" ON "ParkingRecords" ("DriverId", "EndedAtUtc");

CREATE INDEX "IX_ParkingRecords_LotId_EndedAtUtc" ON "ParkingRecords" ("LotId", "EndedAtUtc");

CREATE INDEX "IX_ParkingRecords_Plate_EndedAtUtc" ON "ParkingRecords" ("Plate", "EndedAtUtc");

CREATE INDEX "IX_ParkingRecords_SpaceId_EndedAtUtc" ON "ParkingRecords" ("SpaceId", "EndedAtUtc");

CREATE INDEX "IX_RecordAudiences_FriendId" ON "RecordAudiences" ("FriendId");

CREATE INDEX "IX_Reservations_DriverId_State" ON "Reservations" ("DriverId", "State");

CREATE INDEX "IX_Reservations_LotId_State_StartsAtUtc" ON "Reservations" ("LotId", "State", "StartsAtUtc");

CREATE INDEX "IX_Reservations_SpaceId_State_StartsAtUtc" ON "Reservations" ("SpaceId", "State", "StartsAtUtc");

CREATE INDEX "IX_Reservations_State_HoldUntilUtc" ON "Reservations" ("State", "HoldUntilUtc");

CREATE INDEX "IX_SensorOccupancies_LotId_Occupied_ObservedAtUtc" ON "SensorOccupancies" ("LotId", "Occupied", "ObservedAtUtc");

CREATE INDEX "IX_SensorOccupancies_SourceKeyId" ON "SensorOccupancies" ("SourceKeyId");

CREATE INDEX "IX_ShareLinks_DriverId_CreatedAtUtc" ON "ShareLinks" ("DriverId", "CreatedAtUtc");

CREATE INDEX "IX_ShareLinks_RecordId" ON "ShareLinks" ("RecordId");

CREATE UNIQUE INDEX "IX_ShareLinks_TokenHash" ON "ShareLinks" ("TokenHash");

CREATE INDEX "IX_ShareViews_ShareLinkId" ON "ShareViews" ("ShareLinkId");

CREATE UNIQUE INDEX "IX_Spaces_LevelId_Code" ON "Spaces" ("LevelId", "Code");

CREATE INDEX "IX_Spaces_ZoneId" ON "Spaces" ("ZoneId");

CREATE INDEX "IX_StaffAuditEntries_AtUtc" ON "StaffAuditEntries" ("AtUtc");

CREATE INDEX "IX_StaffInvites_NormalizedEmail" ON "StaffInvites" ("NormalizedEmail");

CREATE UNIQUE INDEX "IX_StaffInvites_TokenHash" ON "StaffInvites" ("TokenHash");

CREATE UNIQUE INDEX "IX_StaffPasswordResets_TokenHash" ON "StaffPasswordResets" ("TokenHash");

CREATE INDEX "IX_StaffPasswordResets_UserId" ON "StaffPasswordResets" ("UserId");

CREATE INDEX "IX_SubscriptionGrants_DriverId_TemplateId_UsedAtUtc" ON "SubscriptionGrants" ("DriverId", "TemplateId", "UsedAtUtc");

CREATE INDEX "IX_WalkwayConnector_LotId" ON "WalkwayConnector" ("LotId");

CREATE INDEX "IX_WalkwayEdge_LevelId" ON "WalkwayEdge" ("LevelId");

CREATE INDEX "IX_WalkwayNode_LevelId" ON "WalkwayNode" ("LevelId");

CREATE UNIQUE INDEX "IX_Zone_LevelId_Code" ON "Zone" ("LevelId", "Code");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261207053415_Initial', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Drivers" ADD "Nickname" TEXT NULL;

ALTER TABLE "Bindings" ADD "DriverAlias" TEXT NULL;

ALTER TABLE "Bindings" ADD "FriendAlias" TEXT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261207072543_People', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "ShareLinks" ADD "ExpirySeenAtUtc" INTEGER NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261207134400_Crash', '10.0.15');

COMMIT;

