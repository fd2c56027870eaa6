namespace ParkShare.Core.Drivers;

/// <summary>
/// The short reference a driver quotes to lot staff ("#4F2A-9C01"), shown on the driver's account page
/// and in the console. Taken from the id's random tail: ids are time-ordered (version 7), so their
/// first characters are shared by everyone who signed up in the same minute.
/// </summary>
public static class DriverReference
{
    public static string For(Guid driverId)
    {
        var hex = driverId.ToString("N").ToUpperInvariant();
        return $"#{hex[24..28]}-{hex[28..]}";
    }
}
