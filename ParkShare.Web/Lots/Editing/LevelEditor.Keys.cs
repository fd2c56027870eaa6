using Microsoft.JSInterop;
using ParkShare.Core.Lots.Editing;

namespace ParkShare.Web.Lots.Editing;

/// <summary>Keyboard shortcuts (listed in <see cref="EditorHelp"/>); editor.js forwards only the keys it knows.</summary>
public sealed partial class LevelEditor
{
    [JSInvokable]
    public async Task OnKeyAsync(string key, bool ctrl, bool shift)
    {
        if (ctrl)
        {
            await (key.ToLowerInvariant() switch
            {
                "z" when shift => RedoAsync(),
                "z" => UndoAsync(),
                "y" => RedoAsync(),
                "s" => SaveAsync(),
                "a" => SelectAllSpacesAsync(),
                _ => Task.CompletedTask,
            });
            return;
        }

        var step = shift ? 0.1 : (_snap ? new SnapOptions().GridStep : 0.1);
        var ids = _selection.ToList();
        await (key switch
        {
            "Delete" or "Backspace" => DeleteAsync(),
            "Escape" => EscapeAsync(),
            "ArrowUp" => EditAsync(d => d.Move(ids, 0, step)),
            "ArrowDown" => EditAsync(d => d.Move(ids, 0, -step)),
            "ArrowLeft" => EditAsync(d => d.Move(ids, -step, 0)),
            "ArrowRight" => EditAsync(d => d.Move(ids, step, 0)),
            "r" or "R" when _selection.Count > 0 && _tool == EditorTool.Rotate => EditAsync(d => d.Rotate(ids, shift ? -90 : 90)),
            "v" or "V" => SetToolAsync(EditorTool.Select),
            "h" or "H" => SetToolAsync(EditorTool.Pan),
            "r" or "R" => SetToolAsync(EditorTool.Rotate),
            "o" or "O" => SetToolAsync(EditorTool.Outline),
            "z" or "Z" => SetToolAsync(EditorTool.Zone),
            "S" => SetToolAsync(EditorTool.Row),
            "s" => SetToolAsync(EditorTool.Space),
            "l" or "L" => SetToolAsync(EditorTool.Landmark),
            "w" or "W" => SetToolAsync(EditorTool.Walkway),
            "g" or "G" => Toggle(ref _grid),
            "n" or "N" => Toggle(ref _snap),
            "?" => Toggle(ref _help),
            _ => Task.CompletedTask,
        });
        StateHasChanged();
    }

    private Task SelectAllSpacesAsync()
    {
        _selection.Clear();
        _selection.UnionWith(Draft.Spaces.Select(s => s.Id));
        StateHasChanged();
        return Task.CompletedTask;
    }

    private Task EscapeAsync()
    {
        _selection.Clear();
        _row = null;
        return SetToolAsync(EditorTool.Select);
    }

    private static Task Toggle(ref bool flag)
    {
        flag = !flag;
        return Task.CompletedTask;
    }
}
