using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParkShare.Core.Drivers;
using ParkShare.Core.Sharing.Push;

namespace ParkShare.Core.Data;

internal sealed class SubscriptionGrantConfiguration : IEntityTypeConfiguration<SubscriptionGrant>
{
    public void Configure(EntityTypeBuilder<SubscriptionGrant> builder)
    {
        builder.HasKey(g => g.Id);
        builder.Property(g => g.TemplateId).HasMaxLength(SubscriptionGrant.MaxTemplateIdLength).IsRequired();
        builder.Property(g => g.CreatedAtUtc).AsUnixMilliseconds();
        builder.Property(g => g.UsedAtUtc).AsUnixMilliseconds();
        builder.HasIndex(g => new { g.DriverId, g.TemplateId, g.UsedAtUtc });
        builder.HasOne<Driver>().WithMany().HasForeignKey(g => g.DriverId).OnDelete(DeleteBehavior.Cascade);
    }
}
