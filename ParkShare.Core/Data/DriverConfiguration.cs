using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParkShare.Core.Drivers;

namespace ParkShare.Core.Data;

internal sealed class DriverConfiguration : IEntityTypeConfiguration<Driver>
{
    public void Configure(EntityTypeBuilder<Driver> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.MiniProgramOpenId).HasMaxLength(128);
        builder.Property(d => d.OfficialAccountOpenId).HasMaxLength(128);
        builder.Property(d => d.UnionId).HasMaxLength(128);
        builder.Property(d => d.Nickname).HasMaxLength(128);
        builder.HasIndex(d => d.MiniProgramOpenId).IsUnique();
        builder.HasIndex(d => d.OfficialAccountOpenId).IsUnique();
        builder.HasIndex(d => d.UnionId).IsUnique();
    }
}
