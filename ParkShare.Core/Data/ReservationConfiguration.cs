using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParkShare.Core.Drivers;
using ParkShare.Core.Lots;
using ParkShare.Core.Parking;

namespace ParkShare.Core.Data;

internal sealed class ReservationConfiguration : IEntityTypeConfiguration<Reservation>
{
    public void Configure(EntityTypeBuilder<Reservation> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.StartsAtUtc).AsUnixMilliseconds();
        builder.Property(r => r.EndsAtUtc).AsUnixMilliseconds();
        builder.Property(r => r.HoldUntilUtc).AsUnixMilliseconds();
        builder.Property(r => r.CreatedAtUtc).AsUnixMilliseconds();
        builder.Property(r => r.ClosedAtUtc).AsUnixMilliseconds();
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.CancelReason).HasMaxLength(200);
        builder.HasIndex(r => new { r.SpaceId, r.State, r.StartsAtUtc });
        builder.HasIndex(r => new { r.DriverId, r.State });
        builder.HasIndex(r => new { r.State, r.HoldUntilUtc });
        builder.HasIndex(r => new { r.LotId, r.State, r.StartsAtUtc });
        builder.HasOne<Space>().WithMany().HasForeignKey(r => r.SpaceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Lot>().WithMany().HasForeignKey(r => r.LotId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Driver>().WithMany().HasForeignKey(r => r.DriverId).OnDelete(DeleteBehavior.Cascade);
    }
}
