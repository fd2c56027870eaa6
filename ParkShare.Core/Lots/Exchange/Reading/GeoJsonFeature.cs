using System.Text.Json;

namespace ParkShare.Core.Lots.Exchange.Reading;

/// <summary>One well-formed feature of the file: its place in the array, its id, its feature type and its two members.</summary>
internal sealed record GeoJsonFeature(int Index, Guid Id, string Type, JsonElement Geometry, JsonElement Properties);
