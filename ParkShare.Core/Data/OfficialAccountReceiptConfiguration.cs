using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParkShare.Core.WeChat;

namespace ParkShare.Core.Data;

internal sealed class OfficialAccountReceiptConfiguration : IEntityTypeConfiguration<OfficialAccountReceipt>
{
    public void Configure(EntityTypeBuilder<OfficialAccountReceipt> builder)
    {
        builder.HasKey(r => r.Key);
        builder.Property(r => r.Key).HasMaxLength(OfficialAccountReceipt.MaxKeyLength);
        builder.Property(r => r.ReceivedAtUtc).AsUnixMilliseconds();
        builder.Property(r => r.CompletedAtUtc).AsUnixMilliseconds();
        builder.HasIndex(r => r.ReceivedAtUtc);
    }
}
