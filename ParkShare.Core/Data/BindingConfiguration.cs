using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParkShare.Core.Drivers;
using ParkShare.Core.Sharing.Bindings;

namespace ParkShare.Core.Data;

internal sealed class BindingConfiguration : IEntityTypeConfiguration<Binding>
{
    public void Configure(EntityTypeBuilder<Binding> builder)
    {
        builder.HasKey(b => b.Id);
        builder.Property(b => b.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.CreatedAtUtc).AsUnixMilliseconds();
        builder.Property(b => b.RevokedAtUtc).AsUnixMilliseconds();
        builder.Ignore(b => b.IsActive);
        builder.Property(b => b.DriverAlias).HasMaxLength(128);
        builder.Property(b => b.FriendAlias).HasMaxLength(128);
        // At most one active binding per (driver, friend); ended ones stay as history.
        builder.HasIndex(b => new { b.DriverId, b.FriendId }).IsUnique().HasFilter("\"State\" = 'Active'");
        builder.HasIndex(b => new { b.FriendId, b.State });
        // Deleting either driver's account deletes the binding.
        builder.HasOne<Driver>().WithMany().HasForeignKey(b => b.DriverId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Driver>().WithMany().HasForeignKey(b => b.FriendId).OnDelete(DeleteBehavior.Cascade);
    }
}
