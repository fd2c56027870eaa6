using System.Runtime.CompilerServices;
using ParkShare.Core.Lots.Editing;

namespace ParkShare.Web.Lots.Editing;

/// <summary>
/// The editor's running validation. Small levels are checked at once; large ones off the render path, once the
/// editor has drawn (<see cref="RunPendingAsync"/>), so opening and dragging redraw first. Results are kept per
/// draft instance: undo and redo cost no check.
/// </summary>
public sealed class DraftChecks(IReadOnlyCollection<string> otherLevelCodes)
{
    /// <summary>From this many spaces on, a level is checked in the background.</summary>
    public const int BackgroundFrom = 300;

    private readonly ConditionalWeakTable<LevelDraft, IReadOnlyList<DraftIssue>> _checked = [];
    private LevelDraft? _pending;

    /// <summary>The issues of the draft checked last (or shown from a refused save).</summary>
    public IReadOnlyList<DraftIssue> Issues { get; private set; } = [];

    /// <summary>Checks <paramref name="draft"/> now when it is known or small; otherwise leaves it for <see cref="RunPendingAsync"/>.</summary>
    public void Check(LevelDraft draft)
    {
        if (_checked.TryGetValue(draft, out var known))
        {
            (Issues, _pending) = (known, null);
        }
        else if (draft.Spaces.Count <= BackgroundFrom)
        {
            _pending = null;
            Issues = DraftValidator.Validate(draft, otherLevelCodes);
            _checked.AddOrUpdate(draft, Issues);
        }
        else
        {
            _pending = draft;
        }
    }

    /// <summary>Shows the issues a save was refused for, until the next check.</summary>
    public void Show(IReadOnlyList<DraftIssue> issues) => Issues = issues;

    /// <summary>Runs a check left pending, off the render thread; true when <paramref name="current"/> got new issues to show.</summary>
    public async Task<bool> RunPendingAsync(Func<LevelDraft> current)
    {
        if (_pending is not { } draft)
        {
            return false;
        }

        _pending = null;
        var issues = await Task.Run(() => DraftValidator.Validate(draft, otherLevelCodes));
        _checked.AddOrUpdate(draft, issues);
        if (!ReferenceEquals(draft, current()))
        {
            return false;
        }

        Issues = issues;
        return true;
    }
}
