using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParkShare.Core.Drivers;
using ParkShare.Core.Sharing.Bindings;

namespace ParkShare.Core.Data;

internal sealed class BindingInviteConfiguration : IEntityTypeConfiguration<BindingInvite>
{
    public void Configure(EntityTypeBuilder<BindingInvite> builder)
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.CodeHash).HasMaxLength(32).IsRequired();
        builder.HasIndex(i => i.CodeHash).IsUnique();
        builder.Property(i => i.CreatedAtUtc).AsUnixMilliseconds();
        builder.Property(i => i.ExpiresAtUtc).AsUnixMilliseconds();
        builder.Property(i => i.UsedAtUtc).AsUnixMilliseconds();
        builder.HasIndex(i => new { i.DriverId, i.ExpiresAtUtc });
        builder.HasOne<Driver>().WithMany().HasForeignKey(i => i.DriverId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Driver>().WithMany().HasForeignKey(i => i.UsedByDriverId).OnDelete(DeleteBehavior.SetNull);
    }
}
