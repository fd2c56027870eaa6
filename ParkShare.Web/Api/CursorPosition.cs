using ParkShare.Core.Parking;

using ParkShare.Web.Drivers;
using ParkShare.Web.Hosting;
using ParkShare.Web.Lots;
using ParkShare.Web.Lots.Exchange;
using ParkShare.Web.Lots.FloorPlans;
using ParkShare.Web.Lots.Markers;
using ParkShare.Web.Notices;
using ParkShare.Web.Occupancy;
using ParkShare.Web.Parking;
using ParkShare.Web.Refinement;
using ParkShare.Web.Sharing.Bindings;
using ParkShare.Web.Sharing.Links;
using ParkShare.Web.Sharing.Push;
using ParkShare.Web.WeChat;
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
