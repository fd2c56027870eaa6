using ParkShare.Core.Geometry;

namespace ParkShare.Core.Lots.Editing;

/// <summary>The editor's rules over a whole draft, blocking errors first.</summary>
public static partial class DraftValidator
{
    public const int MaxCodeLength = 32;
    public const int MaxZoneCodeLength = 16;
    public const int MaxNameLength = 100;
    public const int MaxMarkerLength = 64;
    public const double MinArea = 0.25;
    public const double MinSide = 0.1;

    /// <param name="otherLevelCodes">Space codes on the lot's other levels: codes are unique lot-wide, case-insensitively.</param>
    public static IReadOnlyList<DraftIssue> Validate(LevelDraft draft, IReadOnlyCollection<string>? otherLevelCodes = null)
    {
        var issues = new List<DraftIssue>();
        CheckShape(issues, draft.LevelId, draft.LevelName, draft.Outline);
        foreach (var zone in draft.Zones)
        {
            CheckShape(issues, zone.Id, zone.Code, zone.Polygon);
            CheckText(issues, zone.Id, zone.Code, zone.Polygon.Envelope, zone.Code, MaxZoneCodeLength, required: true);
            CheckText(issues, zone.Id, zone.Code, zone.Polygon.Envelope, zone.Name, MaxNameLength, required: false);
        }

        foreach (var space in draft.Spaces)
        {
            CheckShape(issues, space.Id, space.Code, space.Polygon);
            CheckText(issues, space.Id, space.Code, space.Polygon.Envelope, space.Code, MaxCodeLength, required: true);
            if (space.Label != space.Code)
            {
                CheckText(issues, space.Id, space.Code, space.Polygon.Envelope, space.Label, MaxCodeLength, required: false);
            }
        }

        foreach (var landmark in draft.Landmarks)
        {
            var box = new Envelope2(landmark.Point.X, landmark.Point.Y, landmark.Point.X, landmark.Point.Y).ExpandBy(1);
            CheckText(issues, landmark.Id, landmark.Name, box, landmark.Name, MaxNameLength, required: true);
            CheckText(issues, landmark.Id, landmark.Name, box, landmark.MarkerCode ?? string.Empty, MaxMarkerLength, required: false);
        }

        CheckDuplicates(issues, draft, otherLevelCodes ?? []);
        CheckOverlaps(issues, draft.Spaces);
        CheckPlacement(issues, draft);
        CheckReachability(issues, draft);
        return [.. issues.OrderByDescending(i => i.Blocking).ThenBy(i => i.Kind)];
    }

    private static void CheckShape(List<DraftIssue> issues, Guid id, string name, Polygon2 polygon)
    {
        var box = polygon.Envelope;
        if (box.Width < MinSide || box.Height < MinSide)
        {
            issues.Add(new DraftIssue(DraftIssueKind.ZeroSize, id, Shorten(name), box));
        }
        else if (polygon.IsSelfCrossing())
        {
            issues.Add(new DraftIssue(DraftIssueKind.SelfCrossing, id, Shorten(name), box));
        }
        else if (polygon.Area < MinArea)
        {
            issues.Add(new DraftIssue(DraftIssueKind.ZeroSize, id, Shorten(name), box));
        }
    }

    private static void CheckText(List<DraftIssue> issues, Guid id, string name, Envelope2 box, string text, int max, bool required)
    {
        var shown = Shorten(name);
        if (text.Any(char.IsControl))
        {
            issues.Add(new DraftIssue(DraftIssueKind.CodeControlCharacters, id, shown, box));
        }
        else if (text.Length > max)
        {
            issues.Add(new DraftIssue(DraftIssueKind.CodeTooLong, id, shown, box));
        }
        else if (required && string.IsNullOrWhiteSpace(text))
        {
            issues.Add(new DraftIssue(DraftIssueKind.EmptyCode, id, shown, box));
        }
    }

    private static void CheckDuplicates(List<DraftIssue> issues, LevelDraft draft, IReadOnlyCollection<string> otherLevelCodes)
    {
        var elsewhere = otherLevelCodes.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var group in draft.Spaces.GroupBy(s => s.Code.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            if (group.Count() == 1 && !elsewhere.Contains(group.Key))
            {
                continue;
            }

            foreach (var space in group)
            {
                issues.Add(new DraftIssue(DraftIssueKind.DuplicateCode, space.Id, Shorten(space.Code), space.Polygon.Envelope));
            }
        }

        foreach (var group in draft.Zones.GroupBy(z => z.Code.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            issues.AddRange(group.Select(z => new DraftIssue(DraftIssueKind.DuplicateCode, z.Id, Shorten(z.Code), z.Polygon.Envelope)));
        }
    }

    /// <summary>Names in messages stay readable even when someone pasted 500 characters.</summary>
    private static string Shorten(string text)
    {
        var clean = new string([.. text.Select(c => char.IsControl(c) ? '\uFFFD' : c)]);
        return clean.Length > 40 ? clean[..40] + "…" : clean;
    }
}
