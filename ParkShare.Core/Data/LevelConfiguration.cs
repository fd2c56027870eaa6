using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParkShare.Core.Lots;

namespace ParkShare.Core.Data;

internal sealed class LevelConfiguration : IEntityTypeConfiguration<Level>
{
    public void Configure(EntityTypeBuilder<Level> builder)
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Name).HasMaxLength(32).IsRequired();
        builder.Property(l => l.Outline).AsWkt();
        builder.Property(l => l.FloorPlanImage).HasMaxLength(260);
        builder.Property(l => l.EditVersion).IsConcurrencyToken();
        builder.HasIndex(l => new { l.LotId, l.Ordinal }).IsUnique();
        builder.HasMany(l => l.Zones).WithOne().HasForeignKey(z => z.LevelId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(l => l.Spaces).WithOne().HasForeignKey(s => s.LevelId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(l => l.Landmarks).WithOne().HasForeignKey(m => m.LevelId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(l => l.WalkwayNodes).WithOne().HasForeignKey(n => n.LevelId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(l => l.WalkwayEdges).WithOne().HasForeignKey(e => e.LevelId).OnDelete(DeleteBehavior.Cascade);
        foreach (var name in new[] { nameof(Level.Zones), nameof(Level.Spaces), nameof(Level.Landmarks), nameof(Level.WalkwayNodes), nameof(Level.WalkwayEdges) })
        {
            builder.Navigation(name).UsePropertyAccessMode(PropertyAccessMode.Field);
        }
    }
}
