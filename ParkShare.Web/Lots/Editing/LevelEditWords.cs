using Microsoft.Extensions.Localization;
using ParkShare.Core.Lots.Editing;
using ParkShare.Core.Lots.History;
using ParkShare.Web.Localization;

namespace ParkShare.Web.Lots.Editing;

/// <summary>
/// What a level save changed, in words in the reader's language ("B3：新增 5 个车位" / "B3: 5 spaces added"). The
/// history stores the language-neutral form (<see cref="LevelEditSummary.ToString"/>) and is put in words when read.
/// </summary>
public static class LevelEditWords
{
    public static string Describe(IStringLocalizer l, LevelEditSummary summary)
    {
        var parts = new List<string>();
        if (summary.OutlineChanged)
        {
            parts.Add(l["LevelEdit.Outline"]);
        }

        void Add(string noun, ElementChanges c)
        {
            foreach (var (verb, n) in new[] { ("Added", c.Added), ("Changed", c.Changed), ("Removed", c.Removed) })
            {
                if (n > 0)
                {
                    parts.Add(l[$"LevelEdit.{verb}", l[Plural.Key($"LevelEdit.Noun.{noun}", n), n]]);
                }
            }
        }

        Add("Zones", summary.Zones);
        Add("Spaces", summary.Spaces);
        Add("Landmarks", summary.Landmarks);
        Add("Nodes", summary.Nodes);
        Add("Edges", summary.Edges);
        var body = parts.Count == 0 ? l["LevelEdit.NoChange"].Value : string.Join(l["LevelEdit.Separator"].Value, parts);
        return string.IsNullOrEmpty(summary.LevelName) ? body : l["LevelEdit.OnLevel", summary.LevelName, body];
    }

    /// <summary>A history entry's details: a level save in words, anything else as it was written.</summary>
    public static string Details(IStringLocalizer l, LotChange change) =>
        change.Kind == LotChangeKind.LevelSaved && LevelEditSummary.TryParse(change.Summary, out var summary) ? Describe(l, summary) : change.Summary;
}
