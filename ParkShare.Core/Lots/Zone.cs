using ParkShare.Core.Geometry;

namespace ParkShare.Core.Lots;

/// <summary>A lettered area of a level (A区) with its colour on the map.</summary>
public sealed class Zone
{
    private Zone()
    {
        Code = Name = Color = string.Empty;
        Polygon = null!;
    }

    internal Zone(Guid levelId, string code, string name, string color, Polygon2 polygon, Guid? id = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Id = id ?? Guid.CreateVersion7();
        LevelId = levelId;
        Code = code.Trim().ToUpperInvariant();
        Name = string.IsNullOrWhiteSpace(name) ? Code : name.Trim();
        Color = color;
        Polygon = polygon;
    }

    public Guid Id { get; private set; }

    public Guid LevelId { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    /// <summary>CSS colour, e.g. "#4e79a7".</summary>
    public string Color { get; private set; }

    public Polygon2 Polygon { get; private set; }

    public void Reshape(Polygon2 polygon) => Polygon = polygon;

    public void Rename(string code, string name, string color)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code.Trim().ToUpperInvariant();
        Name = string.IsNullOrWhiteSpace(name) ? Code : name.Trim();
        Color = color;
    }
}
