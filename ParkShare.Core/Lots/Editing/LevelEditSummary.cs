using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ParkShare.Core.Lots.Editing;

/// <summary>What one save changed on a level, per kind of element: the line the lot history records.</summary>
public sealed partial record LevelEditSummary(
    string LevelName,
    bool OutlineChanged,
    ElementChanges Zones,
    ElementChanges Spaces,
    ElementChanges Landmarks,
    ElementChanges Nodes,
    ElementChanges Edges)
{
    public bool Any => OutlineChanged || Zones.Any || Spaces.Any || Landmarks.Any || Nodes.Any || Edges.Any;

    /// <summary>e.g. "B4: outline reshaped; spaces +10 ~0 -0; walkway nodes +3 ~0 -0".</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        if (OutlineChanged)
        {
            parts.Add("outline reshaped");
        }

        void Add(string name, ElementChanges c)
        {
            if (c.Any)
            {
                parts.Add($"{name} {c}");
            }
        }

        Add("zones", Zones);
        Add("spaces", Spaces);
        Add("landmarks", Landmarks);
        Add("walkway nodes", Nodes);
        Add("walkway edges", Edges);
        return new StringBuilder(LevelName).Append(": ").Append(parts.Count == 0 ? "no change" : string.Join("; ", parts)).ToString();
    }

    /// <summary>
    /// Reads back what <see cref="ToString"/> wrote (the form the lot history stores), so a reader sees it in words in
    /// their own language; false for any other text.
    /// </summary>
    public static bool TryParse(string? text, out LevelEditSummary summary)
    {
        summary = default!;
        var colon = text?.LastIndexOf(": ", StringComparison.Ordinal) ?? -1;
        if (text is null || colon < 0)
        {
            return false;
        }

        var (outline, changes) = (false, new Dictionary<string, ElementChanges>());
        var body = text[(colon + 2)..];
        foreach (var part in body == "no change" ? [] : body.Split("; "))
        {
            var match = PartPattern().Match(part);
            if (part == "outline reshaped")
            {
                outline = true;
            }
            else if (match.Success && !changes.ContainsKey(match.Groups[1].Value))
            {
                int N(int group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
                changes[match.Groups[1].Value] = new ElementChanges(N(2), N(3), N(4));
            }
            else
            {
                return false;
            }
        }

        ElementChanges Of(string name) => changes.GetValueOrDefault(name);
        summary = new LevelEditSummary(text[..colon], outline, Of("zones"), Of("spaces"), Of("landmarks"), Of("walkway nodes"), Of("walkway edges"));
        return true;
    }

    [GeneratedRegex(@"^(zones|spaces|landmarks|walkway nodes|walkway edges) \+(\d{1,9}) ~(\d{1,9}) -(\d{1,9})$")]
    private static partial Regex PartPattern();
}
