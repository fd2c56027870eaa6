using System.Text;

namespace ParkShare.Core.Lots.Editing;

/// <summary>What one save changed on a level, per kind of element: the line the lot history records.</summary>
public sealed record LevelEditSummary(
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
}
