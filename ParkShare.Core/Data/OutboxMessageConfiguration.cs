using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParkShare.Core.Drivers;
using ParkShare.Core.Notices;
using ParkShare.Core.Parking;
using ParkShare.Core.Sharing.Push;

namespace ParkShare.Core.Data;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Event).HasConversion<string>().HasMaxLength(24);
        builder.Property(m => m.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.LastError).HasMaxLength(OutboxMessage.MaxErrorLength);
        builder.Property(m => m.CreatedAtUtc).AsUnixMilliseconds();
        builder.Property(m => m.NextAttemptAtUtc).AsUnixMilliseconds();
        builder.Property(m => m.ClaimedUntilUtc).AsUnixMilliseconds();
        builder.Property(m => m.SentAtUtc).AsUnixMilliseconds();
        // Enqueueing is idempotent: one message per (subject, recipient, event, move).
        builder.HasIndex(m => new { m.SubjectId, m.RecipientId, m.Event, m.Sequence }).IsUnique();
        builder.HasIndex(m => new { m.State, m.NextAttemptAtUtc });
        builder.HasIndex(m => new { m.RecordId, m.RecipientId });
        builder.HasIndex(m => m.NoticeId);
        builder.HasIndex(m => m.RecipientId);
        // Deleting a record, a notice or an account deletes the pushes about it.
        builder.HasOne<Driver>().WithMany().HasForeignKey(m => m.RecipientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ParkingRecord>().WithMany().HasForeignKey(m => m.RecordId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<DriverNotice>().WithMany().HasForeignKey(m => m.NoticeId).OnDelete(DeleteBehavior.Cascade);
    }
}
