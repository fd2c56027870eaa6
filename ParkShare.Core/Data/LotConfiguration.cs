using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParkShare.Core.Lots;

namespace ParkShare.Core.Data;

internal sealed class LotConfiguration : IEntityTypeConfiguration<Lot>
{
    public void Configure(EntityTypeBuilder<Lot> builder)
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Name).HasMaxLength(200).IsRequired();
        builder.Property(l => l.Address).HasMaxLength(500);
        builder.Property(l => l.TimeZoneId).HasMaxLength(64);
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.ComplexProperty(l => l.Georeference);
        builder.ComplexProperty(l => l.ReservationRules);
        builder.HasMany(l => l.Levels).WithOne().HasForeignKey(l => l.LotId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(l => l.Connectors).WithOne().HasForeignKey(c => c.LotId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(l => l.Levels).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(l => l.Connectors).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
