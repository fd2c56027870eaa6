using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using ParkShare.Core.Geometry;
using ParkShare.Web.Components;

namespace ParkShare.Web.Lots.Editing;

/// <summary>
/// The editor's half of wwwroot/js/editor.js: connects the canvas the browser mounted to a .NET receiver of
/// its reports, then tells it the tool and the view. Until it is connected every call is a no-op.
/// </summary>
public sealed class EditorScript(IJSRuntime js) : IAsyncDisposable
{
    private IJSObjectReference? _module;
    private IJSObjectReference? _handle;
    private IDisposable? _self;

    public bool Connected => _handle is not null;

    /// <param name="root">The canvas element (<see cref="EditorCanvas.Root"/>).</param>
    /// <param name="receiver">The object whose [JSInvokable] methods editor.js calls.</param>
    /// <param name="tool">The tool now; read again after connecting, as it may have been switched meanwhile.</param>
    public async Task ConnectAsync<T>(ElementReference root, T receiver, Func<string> tool) where T : class
    {
        _module = await js.InvokeAsync<IJSObjectReference>("import", "./js/editor.js");
        var self = DotNetObjectReference.Create(receiver);
        _self = self;
        var told = tool();
        _handle = await _module.InvokeAsync<IJSObjectReference>("connect", root, self, told);
        if (tool() != told)
        {
            // Picked on the toolbar while connecting: there was no handle to tell.
            await _handle.InvokeVoidAsync("setTool", tool());
        }
    }

    public ValueTask SetToolAsync(string tool) => CallAsync("setTool", tool);

    public ValueTask ZoomAsync(double factor) => CallAsync("zoom", factor);

    public ValueTask ResetAsync() => CallAsync("reset");

    /// <summary>Brings <paramref name="bounds"/> (level metres, y = north) into view.</summary>
    public ValueTask FocusAsync(Envelope2 bounds) => CallAsync("focus", bounds.MinX, -bounds.MaxY, bounds.Width, bounds.Height);

    public ValueTask DisposeAsync() => JsHandles.ReleaseAsync(_handle, _module, _self);

    private ValueTask CallAsync(string name, params object?[] args) => _handle is null ? ValueTask.CompletedTask : _handle.InvokeVoidAsync(name, args);
}
