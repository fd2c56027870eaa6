using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParkShare.Core.Drivers;
using ParkShare.Core.Parking;

namespace ParkShare.Core.Data;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.HasKey(r => new { r.DriverId, r.Key });
        builder.Property(r => r.Key).HasMaxLength(100);
        builder.Property(r => r.RequestHash).HasMaxLength(64);
        builder.Property(r => r.CreatedAtUtc).AsUnixMilliseconds();
        builder.HasOne<Driver>().WithMany().HasForeignKey(r => r.DriverId).OnDelete(DeleteBehavior.Cascade);
    }
}
