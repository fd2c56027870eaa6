using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParkShare.Core.Lots;
using ParkShare.Core.Lots.History;

namespace ParkShare.Core.Data;

internal sealed class LotChangeConfiguration : IEntityTypeConfiguration<LotChange>
{
    public void Configure(EntityTypeBuilder<LotChange> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.UserId).HasMaxLength(LotChange.MaxUserLength).IsRequired();
        builder.Property(c => c.UserName).HasMaxLength(LotChange.MaxUserLength).IsRequired();
        builder.Property(c => c.Summary).HasMaxLength(LotChange.MaxSummaryLength).IsRequired();
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.AtUtc).AsUnixMilliseconds();
        builder.HasIndex(c => new { c.LotId, c.AtUtc });
        builder.HasOne<Lot>().WithMany().HasForeignKey(c => c.LotId).OnDelete(DeleteBehavior.Cascade);
    }
}
