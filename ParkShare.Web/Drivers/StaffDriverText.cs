using Microsoft.Extensions.Localization;
using ParkShare.Core.Drivers;

namespace ParkShare.Web.Drivers;

/// <summary>
/// A driver as lot staff read them: the chosen name (or "unnamed driver"), the plate seen in this lot when
/// there is one, and the contact reference the driver sees on their account page ("小王 · 沪A12345 · #3E4F-5A6B").
/// </summary>
public static class StaffDriverText
{
    public static string Format(IStringLocalizer text, Guid driverId, StaffDriverLabel? label, bool withPlate = true)
    {
        var name = label?.Nickname ?? text["People.UnnamedDriver"];
        var reference = label?.Reference ?? DriverReference.For(driverId);
        return withPlate && label?.Plate is { } plate ? $"{name} · {plate} · {reference}" : $"{name} · {reference}";
    }
}
