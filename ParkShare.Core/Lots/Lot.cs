namespace ParkShare.Core.Lots;

/// <summary>A multi-storey car park: the aggregate root of its levels and vertical connectors.</summary>
public sealed partial class Lot
{
    public const int MaxNameLength = 200;
    public const int MaxAddressLength = 500;

    private readonly List<Level> _levels = [];
    private readonly List<WalkwayConnector> _connectors = [];

    private Lot()
    {
        Name = string.Empty;
        Address = string.Empty;
        TimeZoneId = "Asia/Shanghai";
        Georeference = Georeference.None;
        ReservationRules = Parking.ReservationRules.Default;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public string Address { get; private set; }

    public string TimeZoneId { get; private set; }

    public Georeference Georeference { get; private set; }

    public Parking.ReservationRules ReservationRules { get; private set; }

    /// <summary>Bumped on every geometry change; caches of the lot's map are keyed by it.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<Level> Levels => _levels;

    public IReadOnlyList<WalkwayConnector> Connectors => _connectors;

    public static Lot Create(string name, string address, string timeZoneId, Georeference georeference)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!georeference.IsValid)
        {
            throw new ArgumentException("The georeference is out of range.", nameof(georeference));
        }

        return new Lot
        {
            Id = Guid.CreateVersion7(),
            Name = name.Trim(),
            Address = address.Trim(),
            TimeZoneId = timeZoneId,
            Georeference = georeference,
            ReservationRules = Parking.ReservationRules.Default,
            Version = 1,
        };
    }

    public Level AddLevel(string name, int ordinal, Geometry.Polygon2 outline)
    {
        if (_levels.Any(l => l.Ordinal == ordinal || string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new InvalidOperationException($"Level {name} ({ordinal}) already exists in this lot.");
        }

        var level = new Level(Id, name, ordinal, outline);
        _levels.Add(level);
        return level;
    }

    public WalkwayConnector Connect(ConnectorKind kind, string name, WalkwayNode from, WalkwayNode to, double costMeters)
    {
        if (from.LevelId == to.LevelId)
        {
            throw new InvalidOperationException("A connector joins two different levels.");
        }

        var connector = new WalkwayConnector(Id, kind, name, from.Id, to.Id, costMeters);
        _connectors.Add(connector);
        return connector;
    }

    public void MarkChanged() => Version++;

    /// <summary>Places the lot on the earth anew (e.g. from fitted control points); the caller bumps the version.</summary>
    public void ApplyGeoreference(Georeference georeference)
    {
        if (!georeference.IsValid)
        {
            throw new ArgumentException("The georeference is out of range.", nameof(georeference));
        }

        Georeference = georeference;
    }

    public void SetReservationRules(Parking.ReservationRules rules)
    {
        if (!rules.IsValid)
        {
            throw new ArgumentException("The reservation rules are out of range.", nameof(rules));
        }

        ReservationRules = rules;
    }
}
