using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using ParkShare.Core.Lots.Editing;
using ParkShare.Web.Staff;

namespace ParkShare.Web.Lots.Editing;

/// <summary>The level editor page: who may edit is checked on open and again on every save.</summary>
public sealed partial class LevelEditorPage
{
    private LevelEditContext? _context;
    private bool _notFound;
    private EditorFloorPlan? _floorPlan;

    [Parameter]
    public Guid LotId { get; set; }

    [Parameter]
    public Guid LevelId { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> Auth { get; set; } = default!;

    [Inject]
    private LotAccess Access { get; set; } = default!;

    [Inject]
    private LevelEditService Editing { get; set; } = default!;

    [Inject]
    private LevelEditPrefetch Prefetch { get; set; } = default!;

    [Inject]
    private LotEditing LotEditing { get; set; } = default!;

    [Inject]
    private IStringLocalizer<LevelEditorPage> L { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        // The prerendered HTML would be thrown away when the circuit renders, so the prerender draws no
        // level; it only starts loading it, and the interactive render takes that load (LevelEditPrefetch).
        var user = (await Auth).User;
        if (!await Access.CanEditAsync(user, LotId))
        {
            _notFound = RendererInfo.IsInteractive;
            return;
        }

        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;
        if (!RendererInfo.IsInteractive)
        {
            Prefetch.Start(userId, LotId, LevelId);
            return;
        }

        _context = await Prefetch.TakeAsync(userId, LotId, LevelId);
        _notFound = _context is null;
    }

    private async Task<LevelEditContext?> ReloadAsync() =>
        await Access.CanEditAsync((await Auth).User, LotId) ? await Editing.OpenAsync(LotId, LevelId) : null;

    private async Task<LevelSaveResult> SaveAsync(LevelDraft draft)
    {
        // An operator whose assignment was withdrawn meanwhile finds the level gone, as a stranger would.
        var user = (await Auth).User;
        if (draft.LotId != LotId || !await Access.CanEditAsync(user, LotId))
        {
            return new LevelSaveResult(LevelSaveStatus.LevelDeleted, 0, null, [], []);
        }

        return await Editing.SaveAsync(draft, await LotEditing.ActorAsync(user));
    }
}
