namespace ParkShare.Core.Lots.Editing;

/// <summary>
/// Undo and redo over immutable drafts: every tool's change is one step, and undo/redo hand back the
/// very draft that was current, so they restore it exactly.
/// </summary>
public sealed class DraftHistory(LevelDraft initial, int limit = 200)
{
    private readonly LinkedList<LevelDraft> _undo = new();
    private readonly Stack<LevelDraft> _redo = new();

    public LevelDraft Current { get; private set; } = initial;

    public bool CanUndo => _undo.Count > 0;

    public bool CanRedo => _redo.Count > 0;

    /// <summary>Makes <paramref name="next"/> current as one undoable step; an edit that changed nothing is no step.</summary>
    public bool Apply(LevelDraft next)
    {
        if (next.Equals(Current))
        {
            return false;
        }

        _undo.AddLast(Current);
        if (_undo.Count > limit)
        {
            _undo.RemoveFirst();
        }

        _redo.Clear();
        Current = next;
        return true;
    }

    public bool Undo()
    {
        if (_undo.Last is not { } last)
        {
            return false;
        }

        _undo.RemoveLast();
        _redo.Push(Current);
        Current = last.Value;
        return true;
    }

    public bool Redo()
    {
        if (!_redo.TryPop(out var next))
        {
            return false;
        }

        _undo.AddLast(Current);
        Current = next;
        return true;
    }

    /// <summary>After a save the stored version moves on; the history stays, rebased onto that version.</summary>
    public void Rebase(int version)
    {
        Current = Current with { Version = version };
        var undo = _undo.Select(d => d with { Version = version }).ToList();
        var redo = _redo.Reverse().Select(d => d with { Version = version }).ToList();
        _undo.Clear();
        _redo.Clear();
        undo.ForEach(d => _undo.AddLast(d));
        redo.ForEach(_redo.Push);
    }
}
