using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParkShare.Core.Lots;

namespace ParkShare.Core.Data;

internal sealed class ZoneConfiguration : IEntityTypeConfiguration<Zone>
{
    public void Configure(EntityTypeBuilder<Zone> builder)
    {
        builder.HasKey(z => z.Id);
        builder.Property(z => z.Code).HasMaxLength(16).IsRequired();
        builder.Property(z => z.Name).HasMaxLength(100).IsRequired();
        builder.Property(z => z.Color).HasMaxLength(32).IsRequired();
        builder.Property(z => z.Polygon).AsWkt();
        builder.HasIndex(z => new { z.LevelId, z.Code }).IsUnique();
    }
}
