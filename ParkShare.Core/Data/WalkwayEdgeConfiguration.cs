using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParkShare.Core.Lots;

namespace ParkShare.Core.Data;

internal sealed class WalkwayEdgeConfiguration : IEntityTypeConfiguration<WalkwayEdge>
{
    public void Configure(EntityTypeBuilder<WalkwayEdge> builder) => builder.HasKey(e => e.Id);
}
