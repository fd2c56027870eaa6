namespace ParkShare.Web.Lots;

/// <summary>One editable control point row: lot-local x/y in metres and its latitude/longitude, any still blank.</summary>
public sealed class GeoreferenceRow
{
    public double? X { get; set; }

    public double? Y { get; set; }

    public double? Lat { get; set; }

    public double? Lng { get; set; }

    public bool IsComplete => X is not null && Y is not null && Lat is not null && Lng is not null;
}
