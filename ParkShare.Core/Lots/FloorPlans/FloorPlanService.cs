using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;
using ParkShare.Core.Geometry;
using ParkShare.Core.Lots.Editing;
using ParkShare.Core.Lots.History;

namespace ParkShare.Core.Lots.FloorPlans;

/// <summary>
/// Stores, places and removes a level's floor plan, each in one BEGIN IMMEDIATE transaction with its lot
/// history entry. The lot's version is not bumped: the image is drawn under the geometry and changes
/// nothing refinement or the cached <see cref="LotMap"/> use. Callers check who may edit the lot.
/// </summary>
public sealed class FloorPlanService(IDbContextFactory<ParkShareDbContext> contexts, LotChangeLog log, TimeProvider clock)
{
    /// <summary>The level's floor plan without its pixels, or null when the level (of that lot) has none.</summary>
    public async Task<FloorPlanInfo?> FindAsync(Guid lotId, Guid levelId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.FloorPlans.AsNoTracking()
            .Where(f => f.LevelId == levelId && db.Levels.Any(l => l.Id == levelId && l.LotId == lotId))
            .Select(f => new
            {
                f.LevelId, f.PixelWidth, f.PixelHeight, f.ContentType, f.ContentHash, f.UploadedAtUtc, f.UploadedBy,
                f.MetersPerPixel, f.RotationDegrees, f.OffsetX, f.OffsetY, f.Opacity,
            })
            .FirstOrDefaultAsync(cancellationToken);
        return row is null
            ? null
            : new FloorPlanInfo(row.LevelId, row.PixelWidth, row.PixelHeight, row.ContentType, row.ContentHash, row.UploadedAtUtc, row.UploadedBy,
                new FloorPlanTransform(row.MetersPerPixel, row.RotationDegrees, row.OffsetX, row.OffsetY), row.Opacity);
    }

    /// <summary>The image bytes and the lot they belong to (for the caller's access check), or null.</summary>
    public async Task<FloorPlanContent?> ContentAsync(Guid levelId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.FloorPlans.AsNoTracking()
            .Where(f => f.LevelId == levelId)
            .Join(db.Levels, f => f.LevelId, l => l.Id, (f, l) => new FloorPlanContent(l.LotId, f.Image, f.ContentType, f.ContentHash, f.UploadedAtUtc))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Stores the image as the level's floor plan (replacing any), fitted to the level's outline width until it is calibrated.</summary>
    public Task<LotEditOutcome> UploadAsync(ConsoleActor actor, Guid lotId, Guid levelId, FloorPlanImage image, CancellationToken cancellationToken = default) =>
        WriteAsync(lotId, levelId, async (db, level) =>
        {
            var fitted = Fitted(level.Outline.Envelope, image.Width);
            var plan = await db.FloorPlans.FirstOrDefaultAsync(f => f.LevelId == levelId, cancellationToken);
            var at = clock.GetUtcNow().UtcDateTime;
            if (plan is null)
            {
                db.FloorPlans.Add(new FloorPlan(levelId, image, actor, at, fitted));
            }
            else
            {
                plan.Replace(image, actor, at, fitted);
            }

            var format = image.ContentType == FloorPlanImage.Png ? "PNG" : "JPEG";
            return LotEditOutcome.Changed(LotChangeKind.FloorPlanUploaded, $"{level.Name}: {image.Width}×{image.Height} {format}", levelId);
        }, actor, cancellationToken);

    public Task<LotEditOutcome> PlaceAsync(
        ConsoleActor actor, Guid lotId, Guid levelId, FloorPlanTransform transform, double opacity, CancellationToken cancellationToken = default) =>
        WriteAsync(lotId, levelId, async (db, level) =>
        {
            var plan = await db.FloorPlans.FirstOrDefaultAsync(f => f.LevelId == levelId, cancellationToken);
            if (plan is null)
            {
                return LotEditOutcome.Refused(LotEditError.FloorPlanMissing);
            }

            if (!plan.Place(transform, opacity))
            {
                return LotEditOutcome.Refused(LotEditError.FloorPlanPlacementInvalid);
            }

            var summary = string.Create(
                CultureInfo.InvariantCulture,
                $"{level.Name}: {plan.MetersPerPixel:0.######} m/px · {plan.RotationDegrees:0.##}° · ({plan.OffsetX:0.##}, {plan.OffsetY:0.##}) m · {plan.Opacity:0.##}");
            return LotEditOutcome.Changed(LotChangeKind.FloorPlanPlaced, summary, levelId);
        }, actor, cancellationToken);

    public Task<LotEditOutcome> RemoveAsync(ConsoleActor actor, Guid lotId, Guid levelId, CancellationToken cancellationToken = default) =>
        WriteAsync(lotId, levelId, async (db, level) =>
        {
            var removed = await db.FloorPlans.Where(f => f.LevelId == levelId).ExecuteDeleteAsync(cancellationToken);
            return removed == 0
                ? LotEditOutcome.Refused(LotEditError.FloorPlanMissing)
                : LotEditOutcome.Changed(LotChangeKind.FloorPlanRemoved, level.Name, levelId);
        }, actor, cancellationToken);

    /// <summary>Until calibrated, the image spans the outline's width from its north-west corner: roughly right, and visible.</summary>
    internal static FloorPlanTransform Fitted(Envelope2 outline, int imageWidth)
    {
        var scale = Math.Clamp(outline.Width / imageWidth, FloorPlanTransform.MinMetersPerPixel, FloorPlanTransform.MaxMetersPerPixel);
        return FloorPlanTransform.At(new Point2(outline.MinX, outline.MaxY), scale);
    }

    private async Task<LotEditOutcome> WriteAsync(
        Guid lotId, Guid levelId, Func<ParkShareDbContext, Level, Task<LotEditOutcome>> change, ConsoleActor actor, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await WriteTransaction.BeginImmediateAsync(db, cancellationToken);
        var level = await db.Levels.AsNoTracking().FirstOrDefaultAsync(l => l.Id == levelId && l.LotId == lotId, cancellationToken);
        if (level is null)
        {
            return LotEditOutcome.Refused(LotEditError.NotFound);
        }

        var outcome = await change(db, level);
        if (!outcome.Succeeded)
        {
            return outcome;
        }

        log.Add(db, lotId, actor, outcome.Kind, outcome.Summary);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }
}
