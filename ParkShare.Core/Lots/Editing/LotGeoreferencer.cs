using System.Globalization;
using ParkShare.Core.Lots.History;

namespace ParkShare.Core.Lots.Editing;

/// <summary>
/// Georeferences a lot from control points: fits, and when the fit succeeds stores it through
/// <see cref="LotWriter"/> (version bump, so refined positions and maps use it at once, and a history entry).
/// </summary>
public sealed class LotGeoreferencer(LotWriter writer)
{
    public Task<LotEditOutcome> SaveAsync(ConsoleActor actor, Guid lotId, IReadOnlyList<ControlPoint> points, CancellationToken cancellationToken = default)
    {
        var fit = GeoreferenceFitter.Fit(points);
        if (!fit.Succeeded)
        {
            return Task.FromResult(LotEditOutcome.Refused(LotEditError.ControlPointsInvalid, fit.Error.ToString()));
        }

        var georeference = fit.Georeference!;
        return writer.EditAsync(lotId, actor, withGeometry: false, (_, lot) =>
        {
            var before = lot.Georeference;
            lot.ApplyGeoreference(georeference);
            var summary = string.Create(
                CultureInfo.InvariantCulture,
                $"{before.OriginLat:0.0000000},{before.OriginLng:0.0000000} → {georeference.OriginLat:0.0000000},{georeference.OriginLng:0.0000000} · {georeference.RotationDegrees:0.###}° · ×{georeference.MetersPerUnit:0.#####} · {points.Count} points, RMS {fit.RmsMeters:0.###} m");
            return Task.FromResult(LotEditOutcome.Changed(LotChangeKind.Georeferenced, summary, lot.Id));
        }, cancellationToken);
    }
}
