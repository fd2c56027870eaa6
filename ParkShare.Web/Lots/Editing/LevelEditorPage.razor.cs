using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using ParkShare.Core.Lots;
using ParkShare.Core.Lots.Editing;

namespace ParkShare.Web.Lots.Editing;

/// <summary>
/// The level editor page: a lot page (<see cref="LotPageBase"/>, edit rights) that also takes a level. Who may edit
/// is checked on open and again on every save.
/// </summary>
public sealed partial class LevelEditorPage : LotPageBase
{
    private LevelEditContext? _context;
    private EditorFloorPlan? _floorPlan;

    [Parameter]
    public Guid LevelId { get; set; }

    [Inject]
    private LevelEditService Editing { get; set; } = default!;

    [Inject]
    private LevelEditPrefetch Prefetch { get; set; } = default!;

    [Inject]
    private LotEditing LotEditing { get; set; } = default!;

    [Inject]
    private IStringLocalizer<LevelEditorPage> L { get; set; } = default!;

    protected override bool EditsLot => true;

    protected override async Task LoadLotAsync(LotMap map)
    {
        // The prerendered HTML would be thrown away when the circuit renders, so the prerender draws no
        // level; it only starts loading it, and the interactive render takes that load (LevelEditPrefetch).
        var userId = (await UserAsync()).FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;
        if (!RendererInfo.IsInteractive)
        {
            Prefetch.Start(userId, LotId, LevelId);
            return;
        }

        _context = await Prefetch.TakeAsync(userId, LotId, LevelId);
        NotFound = _context is null;
    }

    private async Task<LevelEditContext?> ReloadLevelAsync() =>
        await CanEditAsync() ? await Editing.OpenAsync(LotId, LevelId) : null;

    private async Task<LevelSaveResult> SaveAsync(LevelDraft draft)
    {
        // An operator whose assignment was withdrawn meanwhile finds the level gone, as a stranger would.
        var user = await UserAsync();
        if (draft.LotId != LotId || !await CanEditAsync())
        {
            return new LevelSaveResult(LevelSaveStatus.LevelDeleted, 0, null, [], []);
        }

        return await Editing.SaveAsync(draft, await LotEditing.ActorAsync(user));
    }
}
