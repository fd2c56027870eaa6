using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParkShare.Core.Drivers;
using ParkShare.Core.WeChat;

namespace ParkShare.Core.Data;

internal sealed class OfficialAccountLinkCodeConfiguration : IEntityTypeConfiguration<OfficialAccountLinkCode>
{
    public void Configure(EntityTypeBuilder<OfficialAccountLinkCode> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.CodeHash).HasMaxLength(32).IsRequired();
        builder.HasIndex(c => c.CodeHash).IsUnique();
        builder.HasIndex(c => c.DriverId);
        builder.Property(c => c.CreatedAtUtc).AsUnixMilliseconds();
        builder.Property(c => c.ExpiresAtUtc).AsUnixMilliseconds();
        builder.Property(c => c.UsedAtUtc).AsUnixMilliseconds();
        builder.HasOne<Driver>().WithMany().HasForeignKey(c => c.DriverId).OnDelete(DeleteBehavior.Cascade);
    }
}
