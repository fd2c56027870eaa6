using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParkShare.Core.Drivers;
using ParkShare.Core.Lots;
using ParkShare.Core.Parking;

namespace ParkShare.Core.Data;

internal sealed class ParkingRecordConfiguration : IEntityTypeConfiguration<ParkingRecord>
{
    public void Configure(EntityTypeBuilder<ParkingRecord> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.SpaceCode).HasMaxLength(32).IsRequired();
        builder.Property(r => r.LevelName).HasMaxLength(32).IsRequired();
        builder.Property(r => r.ZoneCode).HasMaxLength(16);
        builder.Property(r => r.ResolvedBy).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Plate).HasMaxLength(ParkingDetails.MaxPlateLength);
        builder.Property(r => r.Note).HasMaxLength(ParkingDetails.MaxNoteLength);
        builder.Property(r => r.ExpectedPickupAtUtc).AsUnixMilliseconds();
        builder.Property(r => r.ParkedAtUtc).AsUnixMilliseconds();
        builder.Property(r => r.EndedAtUtc).AsUnixMilliseconds();
        builder.Property(r => r.PhotoUpdatedAtUtc).AsUnixMilliseconds();
        builder.HasIndex(r => new { r.DriverId, r.EndedAtUtc });
        builder.HasIndex(r => new { r.Plate, r.EndedAtUtc });
        builder.HasIndex(r => new { r.SpaceId, r.EndedAtUtc });
        builder.HasIndex(r => new { r.LotId, r.EndedAtUtc });
        builder.HasOne<Driver>().WithMany().HasForeignKey(r => r.DriverId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Lot>().WithMany().HasForeignKey(r => r.LotId).OnDelete(DeleteBehavior.Cascade);
    }
}
