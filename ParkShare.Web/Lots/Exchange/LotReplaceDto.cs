using ParkShare.Core.Lots.Editing;
using ParkShare.Core.Lots.Exchange;
using ParkShare.Web.Api;

namespace ParkShare.Web.Lots.Exchange;

/// <summary>
/// A replace or its preview: status previewed, spacesInUse (a replace would be refused) or replaced; the
/// changes per kind (levels, zones, spaces, landmarks, walkwayNodes, walkwayEdges, connectors).
/// </summary>
public sealed record LotReplaceDto(string Status, IReadOnlyDictionary<string, ChangeCountDto> Changes, IReadOnlyList<string> SpacesInUse)
{
    public static LotReplaceDto From(LotReplaceResult result)
    {
        static ChangeCountDto Count(ElementChanges c) => new(c.Added, c.Changed, c.Removed);
        var s = result.Summary;
        return new LotReplaceDto(
            result.Status switch { LotReplaceStatus.Previewed => "previewed", LotReplaceStatus.SpacesInUse => "spacesInUse", _ => "replaced" },
            new Dictionary<string, ChangeCountDto>
            {
                ["levels"] = Count(s.Levels),
                ["zones"] = Count(s.Zones),
                ["spaces"] = Count(s.Spaces),
                ["landmarks"] = Count(s.Landmarks),
                ["walkwayNodes"] = Count(s.Nodes),
                ["walkwayEdges"] = Count(s.Edges),
                ["connectors"] = Count(s.Connectors),
            },
            result.SpacesInUse);
    }
}
