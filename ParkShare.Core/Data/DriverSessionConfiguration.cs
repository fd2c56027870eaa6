using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParkShare.Core.Drivers;

namespace ParkShare.Core.Data;

internal sealed class DriverSessionConfiguration : IEntityTypeConfiguration<DriverSession>
{
    public void Configure(EntityTypeBuilder<DriverSession> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.TokenHash).HasMaxLength(32).IsRequired();
        builder.HasIndex(s => s.TokenHash).IsUnique();
        builder.HasOne<Driver>().WithMany().HasForeignKey(s => s.DriverId).OnDelete(DeleteBehavior.Cascade);
    }
}
