using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using ParkShare.Core.Lots.Editing;
using ParkShare.Core.Lots.Exchange;
using ParkShare.Core.Staff;
using ParkShare.Web.Lots.Editing;

namespace ParkShare.Web.Lots.Exchange;

/// <summary>
/// Picks a GeoJSON file and checks it at once (streamed, at most <see cref="LotGeoJson.MaxBytes"/>; a larger file is
/// refused before a byte is read), listing the problems by feature. The checked file becomes a new lot (Admin) or,
/// for <see cref="LotId"/>, is previewed (what would be added, changed and removed) and replaced only on confirmation.
/// </summary>
public sealed partial class LotImportPanel
{
    private LotGeoJsonDocument? _document;
    private string _fileName = string.Empty;
    private IReadOnlyList<string> _problems = [];
    private LotReplaceResult? _preview;
    private string? _error;
    private string? _done;
    private bool _busy;
    private bool _isAdmin;

    /// <summary>The lot a file may replace; without it the panel only creates lots.</summary>
    [Parameter]
    public Guid? LotId { get; set; }

    [Parameter]
    public EventCallback OnReplaced { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> Auth { get; set; } = default!;

    [Inject]
    private LotExchange Exchange { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IStringLocalizer<LotImportPanel> L { get; set; } = default!;

    private static long MaxMegabytes => LotGeoJson.MaxBytes / (1024 * 1024);

    protected override async Task OnParametersSetAsync() => _isAdmin = (await Auth).User.IsInRole(ConsoleRoles.Admin);

    private async Task OnFileAsync(InputFileChangeEventArgs e)
    {
        Reset();
        _fileName = e.File.Name;
        if (e.File.Size > LotGeoJson.MaxBytes)
        {
            _error = L["GeoJson.too_large", MaxMegabytes].Value;
            return;
        }

        _busy = true;
        try
        {
            await using var stream = e.File.OpenReadStream(LotGeoJson.MaxBytes);
            var result = await LotGeoJsonReader.ReadAsync(stream);
            _document = result.Document;
            _problems = [.. result.Problems.Select(p => GeoJsonProblemMessages.Text(L, p))];
        }
        catch (IOException)
        {
            // The browser stopped sending the file, or sent more than it announced.
            _error = L["Import.ReadFailed"].Value;
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task CreateAsync()
    {
        if (_document is not { } document)
        {
            return;
        }

        _busy = true;
        try
        {
            var outcome = await Exchange.CreateAsync((await Auth).User, document);
            // The document's lot now belongs to the database (or failed to): it is never handed in twice.
            Reset();
            if (outcome is { Succeeded: true, Id: { } id })
            {
                Navigation.NavigateTo($"/console/lots/{id}");
            }
            else
            {
                _error = LotEditMessages.Text(L, outcome);
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task PreviewAsync() => await RunAsync(preview: true);

    private async Task ReplaceAsync() => await RunAsync(preview: false);

    private async Task RunAsync(bool preview)
    {
        if (_document is not { } document || LotId is not { } lotId)
        {
            return;
        }

        _busy = true;
        try
        {
            var user = (await Auth).User;
            var result = preview ? await Exchange.PreviewAsync(user, lotId, document) : await Exchange.ReplaceAsync(user, lotId, document);
            if (result is null)
            {
                Reset();
                _error = L["LotEdit.Error.NotFound"].Value;
            }
            else if (result.Status == LotReplaceStatus.Replaced)
            {
                Reset();
                var spaces = result.Summary.Spaces;
                _done = L["Import.Replaced", spaces.Added, spaces.Changed, spaces.Removed].Value;
                await OnReplaced.InvokeAsync();
            }
            else
            {
                _preview = result;
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private void Reset()
    {
        (_document, _preview, _problems, _error, _done) = (null, null, [], null, null);
    }

    private static IEnumerable<(string Kind, ElementChanges Changes)> Rows(LotReplaceSummary s) =>
    [
        ("Levels", s.Levels), ("Zones", s.Zones), ("Spaces", s.Spaces), ("Landmarks", s.Landmarks),
        ("Nodes", s.Nodes), ("Edges", s.Edges), ("Connectors", s.Connectors),
    ];
}
