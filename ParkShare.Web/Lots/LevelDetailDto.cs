namespace ParkShare.Web.Lots;

/// <summary>A level with its live availability: free spaces now, in all and per zone.</summary>
public sealed record LevelDetailDto(string Id, string Name, int Ordinal, int Spaces, int Free, IReadOnlyList<ZoneAvailabilityDto> Zones);
