using ParkShare.Core.Geometry;

namespace ParkShare.Core.Lots;

/// <summary>One parking space, e.g. B2-C-017.</summary>
public sealed class Space
{
    private Space()
    {
        Code = Label = string.Empty;
        Polygon = null!;
    }

    internal Space(Guid levelId, Guid? zoneId, string code, int? number, Polygon2 polygon, SpaceKind kind, bool reservable, Guid? id = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Id = id ?? Guid.CreateVersion7();
        LevelId = levelId;
        ZoneId = zoneId;
        Code = code.Trim().ToUpperInvariant();
        Number = number;
        Label = Code;
        Polygon = polygon;
        Kind = kind;
        Reservable = reservable;
    }

    public Guid Id { get; private set; }

    public Guid LevelId { get; private set; }

    public Guid? ZoneId { get; private set; }

    /// <summary>Canonical code, unique in the lot (e.g. "B2-C-017").</summary>
    public string Code { get; private set; }

    /// <summary>Number within its zone, when the code has one (17 for B2-C-017).</summary>
    public int? Number { get; private set; }

    /// <summary>What is painted on the floor (e.g. "C-017").</summary>
    public string Label { get; private set; }

    public Polygon2 Polygon { get; private set; }

    public SpaceKind Kind { get; private set; }

    public bool Reservable { get; private set; }

    public bool Disabled { get; private set; }

    public void Relabel(string label) => Label = string.IsNullOrWhiteSpace(label) ? Code : label.Trim();

    public void Reshape(Polygon2 polygon) => Polygon = polygon;

    /// <summary>Gives the space a new canonical code (and painted label); ids stay, so reservations keep pointing at it.</summary>
    public void Recode(string code, int? number, string label)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code.Trim().ToUpperInvariant();
        Number = number;
        Relabel(label);
    }

    public void MoveToZone(Guid? zoneId) => ZoneId = zoneId;

    public void Reclassify(SpaceKind kind, bool reservable)
    {
        Kind = kind;
        Reservable = reservable;
    }

    public void Disable() => Disabled = true;

    public void Enable() => Disabled = false;
}
