using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParkShare.Core.Staff;

namespace ParkShare.Core.Data;

/// <summary>No foreign keys: the log outlives the accounts it names.</summary>
internal sealed class StaffAuditEntryConfiguration : IEntityTypeConfiguration<StaffAuditEntry>
{
    public void Configure(EntityTypeBuilder<StaffAuditEntry> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.ActorUserId).HasMaxLength(StaffAuditEntry.MaxUserLength).IsRequired();
        builder.Property(e => e.ActorName).HasMaxLength(StaffAuditEntry.MaxUserLength).IsRequired();
        builder.Property(e => e.SubjectUserId).HasMaxLength(450);
        builder.Property(e => e.Subject).HasMaxLength(StaffAuditEntry.MaxUserLength).IsRequired();
        builder.Property(e => e.Details).HasMaxLength(StaffAuditEntry.MaxDetailsLength).IsRequired();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.AtUtc).AsUnixMilliseconds();
        builder.HasIndex(e => e.AtUtc);
    }
}
