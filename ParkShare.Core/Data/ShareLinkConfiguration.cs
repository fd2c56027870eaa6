using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParkShare.Core.Parking;
using ParkShare.Core.Sharing.Links;

namespace ParkShare.Core.Data;

internal sealed class ShareLinkConfiguration : IEntityTypeConfiguration<ShareLink>
{
    public void Configure(EntityTypeBuilder<ShareLink> builder)
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.TokenHash).HasMaxLength(32).IsRequired();
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.Property(l => l.ProtectedToken).HasMaxLength(1024).IsRequired();
        builder.Property(l => l.PinHash).HasMaxLength(128);
        builder.Property(l => l.CreatedAtUtc).AsUnixMilliseconds();
        builder.Property(l => l.ExpiresAtUtc).AsUnixMilliseconds();
        builder.Property(l => l.ExpirySeenAtUtc).AsUnixMilliseconds();
        builder.Property(l => l.RevokedAtUtc).AsUnixMilliseconds();
        builder.Property(l => l.PickedUpAtUtc).AsUnixMilliseconds();
        builder.Property(l => l.LockedUntilUtc).AsUnixMilliseconds();
        builder.Property(l => l.FirstViewedAtUtc).AsUnixMilliseconds();
        builder.Ignore(l => l.HasPin);
        builder.HasIndex(l => new { l.DriverId, l.CreatedAtUtc });
        builder.HasIndex(l => l.RecordId);
        // Deleting a record (or its driver's account) deletes its links and their access logs.
        builder.HasOne<ParkingRecord>().WithMany().HasForeignKey(l => l.RecordId).OnDelete(DeleteBehavior.Cascade);
    }
}
