namespace ParkShare.Core.Lots.Markers;

/// <summary>One printed marker: the code its QR carries (and printed under it), what it is on, and where.</summary>
public sealed record MarkerLabel(string Code, MarkerKind Kind, Guid LevelId, string LevelName, string Caption);
