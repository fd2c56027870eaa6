using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Drivers;
using ParkShare.Core.Lots;
using ParkShare.Core.Lots.FloorPlans;
using ParkShare.Core.Lots.History;
using ParkShare.Core.Notices;
using ParkShare.Core.Occupancy;
using ParkShare.Core.Parking;
using ParkShare.Core.Sharing.Bindings;
using ParkShare.Core.Sharing.Links;
using ParkShare.Core.Sharing.Push;
using ParkShare.Core.Staff;
using ParkShare.Core.WeChat;

namespace ParkShare.Core.Data;

/// <summary>
/// The application's context, and its SQLite flavour (the default provider: its migrations and
/// compiled model are attributed to this type). PostgreSQL uses <see cref="PostgresParkShareDbContext"/>,
/// the same model with its own migrations and compiled model; services only ever see this type.
/// </summary>
public class ParkShareDbContext(DbContextOptions options) : IdentityDbContext<ConsoleUser>(options), IDataProtectionKeyContext
{
    public DbSet<Lot> Lots => Set<Lot>();

    public DbSet<Level> Levels => Set<Level>();

    public DbSet<Space> Spaces => Set<Space>();

    public DbSet<LotAssignment> LotAssignments => Set<LotAssignment>();

    public DbSet<Driver> Drivers => Set<Driver>();

    public DbSet<DriverSession> DriverSessions => Set<DriverSession>();

    public DbSet<Reservation> Reservations => Set<Reservation>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<ParkingRecord> ParkingRecords => Set<ParkingRecord>();

    public DbSet<DriverNotice> DriverNotices => Set<DriverNotice>();

    public DbSet<ShareLink> ShareLinks => Set<ShareLink>();

    public DbSet<ShareView> ShareViews => Set<ShareView>();

    public DbSet<Binding> Bindings => Set<Binding>();

    public DbSet<BindingInvite> BindingInvites => Set<BindingInvite>();

    public DbSet<RecordAudience> RecordAudiences => Set<RecordAudience>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<SubscriptionGrant> SubscriptionGrants => Set<SubscriptionGrant>();

    public DbSet<LotApiKey> LotApiKeys => Set<LotApiKey>();

    public DbSet<SensorOccupancy> SensorOccupancies => Set<SensorOccupancy>();

    public DbSet<OfficialAccountLinkCode> OfficialAccountLinkCodes => Set<OfficialAccountLinkCode>();

    public DbSet<LotChange> LotChanges => Set<LotChange>();

    public DbSet<FloorPlan> FloorPlans => Set<FloorPlan>();

    public DbSet<StaffInvite> StaffInvites => Set<StaffInvite>();

    public DbSet<StaffPasswordReset> StaffPasswordResets => Set<StaffPasswordReset>();

    public DbSet<StaffAuditEntry> StaffAuditEntries => Set<StaffAuditEntry>();

    public DbSet<OfficialAccountReceipt> OfficialAccountReceipts => Set<OfficialAccountReceipt>();

    /// <summary>Data Protection's key ring, shared by every node (used when the provider is PostgreSQL).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ParkShareDbContext).Assembly);
    }
}
