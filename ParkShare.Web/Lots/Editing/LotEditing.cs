using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;
using ParkShare.Core.Lots;
using ParkShare.Core.Lots.Editing;
using ParkShare.Core.Lots.FloorPlans;
using ParkShare.Core.Lots.History;
using ParkShare.Web.Staff;

namespace ParkShare.Web.Lots.Editing;

/// <summary>
/// The console's lot, level and connector edits, each checked here against <see cref="LotAccess.CanEditAsync"/>
/// (a hidden button is no protection on a Blazor circuit): a user who may not edit the lot is told it does not exist.
/// Only an Admin creates lots.
/// </summary>
public sealed class LotEditing(
    LotAccess access,
    LotEditor editor,
    LevelRemoval removal,
    ConnectorEditor connectors,
    LotGeoreferencer georeferencer,
    FloorPlanService floorPlans,
    IDbContextFactory<ParkShareDbContext> contexts,
    ILogger<LotEditing> logger)
{
    public async Task<LotEditOutcome> CreateLotAsync(ClaimsPrincipal user, LotDraft draft, CancellationToken cancellationToken = default) =>
        await access.IsAdminAsync(user, cancellationToken)
            ? Logged(user, Guid.Empty, await editor.CreateLotAsync(await ActorAsync(user, cancellationToken), draft, cancellationToken))
            : LotEditOutcome.Refused(LotEditError.NotFound);

    public Task<LotEditOutcome> DescribeLotAsync(ClaimsPrincipal user, Guid lotId, string? name, string? address, CancellationToken cancellationToken = default) =>
        EditAsync(user, lotId, actor => editor.DescribeLotAsync(actor, lotId, name, address, cancellationToken), cancellationToken);

    public Task<LotEditOutcome> AddLevelAsync(ClaimsPrincipal user, Guid lotId, NewLevel draft, CancellationToken cancellationToken = default) =>
        EditAsync(user, lotId, actor => editor.AddLevelAsync(actor, lotId, draft, cancellationToken), cancellationToken);

    public Task<LotEditOutcome> RenameLevelAsync(ClaimsPrincipal user, Guid lotId, Guid levelId, string? name, CancellationToken cancellationToken = default) =>
        EditAsync(user, lotId, actor => editor.RenameLevelAsync(actor, lotId, levelId, name, cancellationToken), cancellationToken);

    public Task<LotEditOutcome> MoveLevelAsync(ClaimsPrincipal user, Guid lotId, Guid levelId, int ordinal, CancellationToken cancellationToken = default) =>
        EditAsync(user, lotId, actor => editor.MoveLevelAsync(actor, lotId, levelId, ordinal, cancellationToken), cancellationToken);

    public Task<LotEditOutcome> CopyLevelAsync(ClaimsPrincipal user, Guid lotId, Guid levelId, string? name, int ordinal, CancellationToken cancellationToken = default) =>
        EditAsync(user, lotId, actor => editor.CopyLevelAsync(actor, lotId, levelId, name, ordinal, cancellationToken), cancellationToken);

    public Task<LotEditOutcome> DeleteLevelAsync(ClaimsPrincipal user, Guid lotId, Guid levelId, CancellationToken cancellationToken = default) =>
        EditAsync(user, lotId, actor => removal.DeleteAsync(actor, lotId, levelId, cancellationToken), cancellationToken);

    public async Task<LevelDeletionImpact?> DeletionImpactAsync(ClaimsPrincipal user, Guid lotId, Guid levelId, CancellationToken cancellationToken = default) =>
        await access.CanEditAsync(user, lotId, cancellationToken) ? await removal.ImpactAsync(lotId, levelId, cancellationToken) : null;

    public Task<LotEditOutcome> ConnectAsync(ClaimsPrincipal user, Guid lotId, ConnectorDraft draft, CancellationToken cancellationToken = default) =>
        EditAsync(user, lotId, actor => connectors.ConnectAsync(actor, lotId, draft, cancellationToken), cancellationToken);

    public Task<LotEditOutcome> DisconnectAsync(ClaimsPrincipal user, Guid lotId, Guid connectorId, CancellationToken cancellationToken = default) =>
        EditAsync(user, lotId, actor => connectors.DisconnectAsync(actor, lotId, connectorId, cancellationToken), cancellationToken);

    public Task<LotEditOutcome> GeoreferenceAsync(ClaimsPrincipal user, Guid lotId, IReadOnlyList<ControlPoint> points, CancellationToken cancellationToken = default) =>
        EditAsync(user, lotId, actor => georeferencer.SaveAsync(actor, lotId, points, cancellationToken), cancellationToken);

    /// <summary>The level's floor plan (without pixels) for a user who may edit the lot; null otherwise or when there is none.</summary>
    public async Task<FloorPlanInfo?> FloorPlanAsync(ClaimsPrincipal user, Guid lotId, Guid levelId, CancellationToken cancellationToken = default) =>
        await access.CanEditAsync(user, lotId, cancellationToken) ? await floorPlans.FindAsync(lotId, levelId, cancellationToken) : null;

    public Task<LotEditOutcome> UploadFloorPlanAsync(ClaimsPrincipal user, Guid lotId, Guid levelId, FloorPlanImage image, CancellationToken cancellationToken = default) =>
        EditAsync(user, lotId, actor => floorPlans.UploadAsync(actor, lotId, levelId, image, cancellationToken), cancellationToken);

    public Task<LotEditOutcome> PlaceFloorPlanAsync(
        ClaimsPrincipal user, Guid lotId, Guid levelId, FloorPlanTransform transform, double opacity, CancellationToken cancellationToken = default) =>
        EditAsync(user, lotId, actor => floorPlans.PlaceAsync(actor, lotId, levelId, transform, opacity, cancellationToken), cancellationToken);

    public Task<LotEditOutcome> RemoveFloorPlanAsync(ClaimsPrincipal user, Guid lotId, Guid levelId, CancellationToken cancellationToken = default) =>
        EditAsync(user, lotId, actor => floorPlans.RemoveAsync(actor, lotId, levelId, cancellationToken), cancellationToken);

    /// <summary>Who the history names: the user's display name, or their sign-in name when they have none.</summary>
    public async Task<ConsoleActor> ActorAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var displayName = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
        return new ConsoleActor(userId, string.IsNullOrWhiteSpace(displayName) ? user.Identity?.Name ?? userId : displayName);
    }

    private async Task<LotEditOutcome> EditAsync(ClaimsPrincipal user, Guid lotId, Func<ConsoleActor, Task<LotEditOutcome>> edit, CancellationToken cancellationToken)
    {
        if (!await access.CanEditAsync(user, lotId, cancellationToken))
        {
            logger.LogWarning("{User} may not edit lot {LotId}", user.Identity?.Name, lotId);
            return LotEditOutcome.Refused(LotEditError.NotFound);
        }

        return Logged(user, lotId, await edit(await ActorAsync(user, cancellationToken)));
    }

    private LotEditOutcome Logged(ClaimsPrincipal user, Guid lotId, LotEditOutcome outcome)
    {
        if (outcome.Succeeded)
        {
            logger.LogInformation("{User} {Kind} on lot {LotId}: {Summary}", user.Identity?.Name, outcome.Kind, lotId == Guid.Empty ? outcome.Id : lotId, outcome.Summary);
        }

        return outcome;
    }
}
