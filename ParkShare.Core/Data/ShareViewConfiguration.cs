using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParkShare.Core.Sharing.Links;

namespace ParkShare.Core.Data;

internal sealed class ShareViewConfiguration : IEntityTypeConfiguration<ShareView>
{
    public void Configure(EntityTypeBuilder<ShareView> builder)
    {
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedOnAdd();
        builder.Property(v => v.AtUtc).AsUnixMilliseconds();
        builder.Property(v => v.Device).HasMaxLength(ShareView.MaxDeviceLength).IsRequired();
        builder.Property(v => v.Network).HasMaxLength(48);
        builder.HasIndex(v => v.ShareLinkId);
        builder.HasOne<ShareLink>().WithMany().HasForeignKey(v => v.ShareLinkId).OnDelete(DeleteBehavior.Cascade);
    }
}
