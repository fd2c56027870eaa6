using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParkShare.Core.Staff;

namespace ParkShare.Core.Data;

internal sealed class StaffPasswordResetConfiguration : IEntityTypeConfiguration<StaffPasswordReset>
{
    public void Configure(EntityTypeBuilder<StaffPasswordReset> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.TokenHash).HasMaxLength(32).IsRequired();
        builder.Property(r => r.CreatedBy).HasMaxLength(StaffPasswordReset.MaxUserLength).IsRequired();
        builder.Property(r => r.CreatedAtUtc).AsUnixMilliseconds();
        builder.Property(r => r.ExpiresAtUtc).AsUnixMilliseconds();
        builder.Property(r => r.UsedAtUtc).AsUnixMilliseconds();
        builder.Property(r => r.RevokedAtUtc).AsUnixMilliseconds();
        builder.HasIndex(r => r.TokenHash).IsUnique();
        builder.HasIndex(r => r.UserId);
        builder.HasOne<ConsoleUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
