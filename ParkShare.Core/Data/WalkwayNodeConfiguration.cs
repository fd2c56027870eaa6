using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParkShare.Core.Lots;

namespace ParkShare.Core.Data;

internal sealed class WalkwayNodeConfiguration : IEntityTypeConfiguration<WalkwayNode>
{
    public void Configure(EntityTypeBuilder<WalkwayNode> builder)
    {
        builder.HasKey(n => n.Id);
        builder.Ignore(n => n.Point);
    }
}
