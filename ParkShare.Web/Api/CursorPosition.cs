using ParkShare.Core.Parking;

namespace ParkShare.Web.Api;

/// <summary>What a page cursor carries: the sort key (Unix milliseconds, or a distance's bits) and the id of the last row.</summary>
public readonly record struct CursorPosition(long Key, Guid Id)
{
    public static CursorPosition AtTime(DateTime utc, Guid id) =>
        new(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToUnixTimeMilliseconds(), id);

    public static CursorPosition AtDistance(double meters, Guid id) => new(BitConverter.DoubleToInt64Bits(meters), id);

    public PageKey ToTimeKey() => new(DateTimeOffset.FromUnixTimeMilliseconds(Key).UtcDateTime, Id);

    public double Distance => BitConverter.Int64BitsToDouble(Key);
}
