using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParkShare.Core.Drivers;
using ParkShare.Core.Parking;
using ParkShare.Core.Sharing.Bindings;

namespace ParkShare.Core.Data;

internal sealed class RecordAudienceConfiguration : IEntityTypeConfiguration<RecordAudience>
{
    public void Configure(EntityTypeBuilder<RecordAudience> builder)
    {
        builder.HasKey(a => new { a.RecordId, a.FriendId });
        builder.HasOne<ParkingRecord>().WithMany().HasForeignKey(a => a.RecordId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Driver>().WithMany().HasForeignKey(a => a.FriendId).OnDelete(DeleteBehavior.Cascade);
    }
}
