using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParkShare.Core.Lots;
using ParkShare.Core.Lots.FloorPlans;
using ParkShare.Core.Lots.History;

namespace ParkShare.Core.Data;

/// <summary>A table of its own rather than columns of Level, so loading a level never reads the image bytes.</summary>
internal sealed class FloorPlanConfiguration : IEntityTypeConfiguration<FloorPlan>
{
    public void Configure(EntityTypeBuilder<FloorPlan> builder)
    {
        builder.HasKey(f => f.Id);
        builder.HasIndex(f => f.LevelId).IsUnique();
        builder.HasOne<Level>().WithMany().HasForeignKey(f => f.LevelId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(f => f.Image).IsRequired();
        builder.Property(f => f.ContentType).HasMaxLength(FloorPlan.MaxContentTypeLength).IsRequired();
        builder.Property(f => f.ContentHash).HasMaxLength(FloorPlan.HashLength).IsRequired();
        builder.Property(f => f.UploadedBy).HasMaxLength(LotChange.MaxUserLength).IsRequired();
        builder.Property(f => f.UploadedAtUtc).AsUnixMilliseconds();
        builder.Ignore(f => f.Transform);
    }
}
