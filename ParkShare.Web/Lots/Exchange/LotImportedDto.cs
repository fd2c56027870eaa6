namespace ParkShare.Web.Lots.Exchange;

/// <summary>A lot created from a GeoJSON file.</summary>
public sealed record LotImportedDto(string Id, string Name, int Levels, int Spaces, string Summary);
