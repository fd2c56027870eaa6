using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ParkShare.Core.Data;

/// <summary>UTC times as Unix milliseconds: SQLite compares and orders them in SQL, exactly.</summary>
internal static class UnixMillisecondsConversion
{
    public static PropertyBuilder<DateTime> AsUnixMilliseconds(this PropertyBuilder<DateTime> property) =>
        property.HasConversion(v => new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)).ToUnixTimeMilliseconds(), v => DateTimeOffset.FromUnixTimeMilliseconds(v).UtcDateTime);

    public static PropertyBuilder<DateTime?> AsUnixMilliseconds(this PropertyBuilder<DateTime?> property) =>
        property.HasConversion(
            v => v.HasValue ? new DateTimeOffset(DateTime.SpecifyKind(v.Value, DateTimeKind.Utc)).ToUnixTimeMilliseconds() : (long?)null,
            v => v.HasValue ? DateTimeOffset.FromUnixTimeMilliseconds(v.Value).UtcDateTime : null);
}
