using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParkShare.Core.Lots;
using ParkShare.Core.Occupancy;

namespace ParkShare.Core.Data;

internal sealed class SensorOccupancyConfiguration : IEntityTypeConfiguration<SensorOccupancy>
{
    public void Configure(EntityTypeBuilder<SensorOccupancy> builder)
    {
        builder.HasKey(o => o.SpaceId);
        builder.Property(o => o.SourceLabel).HasMaxLength(SensorOccupancy.MaxSourceLength);
        builder.Property(o => o.ObservedAtUtc).AsUnixMilliseconds();
        builder.Property(o => o.ReceivedAtUtc).AsUnixMilliseconds();
        // The level-states query reads a lot's occupied rows younger than the TTL.
        builder.HasIndex(o => new { o.LotId, o.Occupied, o.ObservedAtUtc });
        builder.HasOne<Space>().WithMany().HasForeignKey(o => o.SpaceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Lot>().WithMany().HasForeignKey(o => o.LotId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<LotApiKey>().WithMany().HasForeignKey(o => o.SourceKeyId).OnDelete(DeleteBehavior.Cascade);
    }
}
