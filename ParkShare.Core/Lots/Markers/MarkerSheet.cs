namespace ParkShare.Core.Lots.Markers;

/// <summary>
/// The markers of a lot, level by level: every landmark with a marker code (pillars, and any other landmark
/// given one) and every space. A space's marker code is its own canonical code (B2-C-017), which the
/// refiner resolves exactly (<see cref="LotMap.FindSpaceMarker"/>), so renumbering a space reprints its label
/// and no second code has to be kept unique.
/// </summary>
public static class MarkerSheet
{
    public static IReadOnlyList<MarkerLabel> Labels(LotMap map, Guid? levelId = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        var labels = new List<MarkerLabel>();
        foreach (var level in map.Levels.Where(l => levelId is null || l.Id == levelId).OrderByDescending(l => l.Ordinal))
        {
            labels.AddRange(level.Landmarks
                .Where(l => l.MarkerCode is not null)
                .OrderBy(l => l.MarkerCode, StringComparer.Ordinal)
                .Select(l => new MarkerLabel(l.MarkerCode!, MarkerKind.Pillar, level.Id, level.Name, l.Name)));
            labels.AddRange(level.Spaces
                .OrderBy(s => s.Code, StringComparer.Ordinal)
                .Select(s => new MarkerLabel(s.Code, MarkerKind.Space, level.Id, level.Name, s.Label)));
        }

        return labels;
    }

    /// <summary>
    /// The URL a marker QR encodes: the mobile park page, pre-filled; the mini-program reads the same query.
    /// It names the lot too, since marker codes are unique only within a lot.
    /// </summary>
    public static string Url(string publicBaseUrl, Guid lotId, string code) =>
        $"{publicBaseUrl.TrimEnd('/')}/m/park?lot={lotId}&marker={Uri.EscapeDataString(code)}";
}
