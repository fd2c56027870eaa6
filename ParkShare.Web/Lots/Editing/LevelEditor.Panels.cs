using Microsoft.JSInterop;
using ParkShare.Core.Lots.Editing;

namespace ParkShare.Web.Lots.Editing;

/// <summary>
/// What follows a render: connecting to the pointer module after the first, the side panels and background validation after edits.
/// The side panels follow the canvas one render later. The properties panel is a dozen MudBlazor inputs,
/// and building it when a click selects a space cost several times the canvas's own redraw; so the canvas
/// batch goes to the browser first and the panels catch up after it (OnAfterRender), in a second batch.
/// </summary>
public sealed partial class LevelEditor
{
    private LevelDraft _panelDraft = default!;
    private HashSet<Guid> _panelSelection = [];

    private bool PanelsBehind => !ReferenceEquals(_panelDraft, Draft) || !_panelSelection.SetEquals(_selection);

    private void CatchUpPanels()
    {
        _panelDraft = Draft;
        _panelSelection = [.. _selection];
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (PanelsBehind)
        {
            CatchUpPanels();
            StateHasChanged();
        }

        if (firstRender)
        {
            // The canvas mounted itself in the browser (console.js); this connects .NET to it. A pending
            // validation of a large level waits for the render after it.
            _module = await JS.InvokeAsync<IJSObjectReference>("import", "./js/editor.js");
            _self = DotNetObjectReference.Create(this);
            var tool = ToolName;
            _handle = await _module.InvokeAsync<IJSObjectReference>("connect", _root, _self, tool);
            if (ToolName != tool)
            {
                // Picked on the toolbar while connecting: SetToolAsync had no handle to tell.
                await _handle.InvokeVoidAsync("setTool", ToolName);
            }

            StateHasChanged();
        }
        else if (_checkPending)
        {
            _checkPending = false;
            _ = RevalidateAsync(Draft);
        }
    }
}
