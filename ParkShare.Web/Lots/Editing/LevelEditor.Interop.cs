using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using ParkShare.Web.Components;

namespace ParkShare.Web.Lots.Editing;

/// <summary>The editor.js module's life: connected after the first render (LevelEditor.Panels.cs), told the tool and view, disposed with the circuit.</summary>
public sealed partial class LevelEditor
{
    private ElementReference _root;
    private IJSObjectReference? _module;
    private IJSObjectReference? _handle;
    private DotNetObjectReference<LevelEditor>? _self;

    public async Task SetToolAsync(EditorTool tool)
    {
        _tool = tool;
        _row = null;
        if (_handle is not null)
        {
            await _handle.InvokeVoidAsync("setTool", ToolName);
        }
    }

    private string ToolName => _tool.ToString().ToLowerInvariant();

    private async Task ZoomAsync(double factor)
    {
        if (_handle is not null)
        {
            await _handle.InvokeVoidAsync("zoom", factor);
        }
    }

    private async Task ResetViewAsync()
    {
        if (_handle is not null)
        {
            await _handle.InvokeVoidAsync("reset");
        }
    }

    public ValueTask DisposeAsync() => JsHandles.ReleaseAsync(_handle, _module, _self);
}
