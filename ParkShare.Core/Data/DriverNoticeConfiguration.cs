using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParkShare.Core.Drivers;
using ParkShare.Core.Lots;
using ParkShare.Core.Notices;

namespace ParkShare.Core.Data;

internal sealed class DriverNoticeConfiguration : IEntityTypeConfiguration<DriverNotice>
{
    public void Configure(EntityTypeBuilder<DriverNotice> builder)
    {
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(n => n.SpaceCode).HasMaxLength(32).IsRequired();
        builder.Property(n => n.LevelName).HasMaxLength(32);
        builder.Property(n => n.Reason).HasMaxLength(DriverNotice.MaxReasonLength);
        builder.Property(n => n.AtUtc).AsUnixMilliseconds();
        builder.Property(n => n.UntilUtc).AsUnixMilliseconds();
        builder.Property(n => n.CreatedAtUtc).AsUnixMilliseconds();
        builder.Property(n => n.ReadAtUtc).AsUnixMilliseconds();
        builder.Ignore(n => n.IsSubjectReservation);
        // One notice per (driver, kind, subject): a reminder is created once however often scanners run.
        builder.HasIndex(n => new { n.DriverId, n.Kind, n.SubjectId }).IsUnique();
        builder.HasIndex(n => new { n.DriverId, n.ReadAtUtc });
        builder.HasOne<Driver>().WithMany().HasForeignKey(n => n.DriverId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Lot>().WithMany().HasForeignKey(n => n.LotId).OnDelete(DeleteBehavior.Cascade);
    }
}
