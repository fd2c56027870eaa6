using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParkShare.Core.Staff;

namespace ParkShare.Core.Data;

internal sealed class StaffInviteConfiguration : IEntityTypeConfiguration<StaffInvite>
{
    public void Configure(EntityTypeBuilder<StaffInvite> builder)
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Email).HasMaxLength(StaffInvite.MaxEmailLength).IsRequired();
        builder.Property(i => i.NormalizedEmail).HasMaxLength(StaffInvite.MaxEmailLength).IsRequired();
        builder.Property(i => i.DisplayName).HasMaxLength(StaffInvite.MaxNameLength).IsRequired();
        builder.Property(i => i.Role).HasMaxLength(16).IsRequired();
        builder.PrimitiveCollection(i => i.LotIds).IsRequired();
        builder.Property(i => i.TokenHash).HasMaxLength(32).IsRequired();
        builder.Property(i => i.CreatedByUserId).HasMaxLength(StaffInvite.MaxUserLength).IsRequired();
        builder.Property(i => i.CreatedBy).HasMaxLength(StaffInvite.MaxUserLength).IsRequired();
        builder.Property(i => i.AcceptedUserId).HasMaxLength(450);
        builder.Property(i => i.CreatedAtUtc).AsUnixMilliseconds();
        builder.Property(i => i.ExpiresAtUtc).AsUnixMilliseconds();
        builder.Property(i => i.AcceptedAtUtc).AsUnixMilliseconds();
        builder.Property(i => i.RevokedAtUtc).AsUnixMilliseconds();
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => i.NormalizedEmail);
    }
}
