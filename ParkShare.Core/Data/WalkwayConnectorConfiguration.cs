using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParkShare.Core.Lots;

namespace ParkShare.Core.Data;

internal sealed class WalkwayConnectorConfiguration : IEntityTypeConfiguration<WalkwayConnector>
{
    public void Configure(EntityTypeBuilder<WalkwayConnector> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Name).HasMaxLength(100).IsRequired();
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
    }
}
