using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParkShare.Core.Lots;
using ParkShare.Core.Occupancy;

namespace ParkShare.Core.Data;

internal sealed class LotApiKeyConfiguration : IEntityTypeConfiguration<LotApiKey>
{
    public void Configure(EntityTypeBuilder<LotApiKey> builder)
    {
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Name).HasMaxLength(LotApiKey.MaxNameLength).IsRequired();
        builder.Property(k => k.Prefix).HasMaxLength(ApiKeySecret.PrefixLength).IsRequired();
        builder.Property(k => k.SecretHash).HasMaxLength(32).IsRequired();
        builder.Property(k => k.CreatedBy).HasMaxLength(LotApiKey.MaxUserLength).IsRequired();
        builder.Property(k => k.RevokedBy).HasMaxLength(LotApiKey.MaxUserLength);
        builder.Property(k => k.CreatedAtUtc).AsUnixMilliseconds();
        builder.Property(k => k.RevokedAtUtc).AsUnixMilliseconds();
        builder.Property(k => k.LastUsedAtUtc).AsUnixMilliseconds();
        builder.HasIndex(k => k.SecretHash).IsUnique();
        builder.HasIndex(k => new { k.LotId, k.RevokedAtUtc });
        builder.HasOne<Lot>().WithMany().HasForeignKey(k => k.LotId).OnDelete(DeleteBehavior.Cascade);
    }
}
