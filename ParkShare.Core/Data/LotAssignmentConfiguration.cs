using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParkShare.Core.Lots;
using ParkShare.Core.Staff;

namespace ParkShare.Core.Data;

internal sealed class LotAssignmentConfiguration : IEntityTypeConfiguration<LotAssignment>
{
    public void Configure(EntityTypeBuilder<LotAssignment> builder)
    {
        builder.HasKey(a => new { a.UserId, a.LotId });
        builder.HasOne<ConsoleUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Lot>().WithMany().HasForeignKey(a => a.LotId).OnDelete(DeleteBehavior.Cascade);
    }
}
