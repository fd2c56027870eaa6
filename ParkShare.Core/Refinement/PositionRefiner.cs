using ParkShare.Core.Geometry;
using ParkShare.Core.Lots;

namespace ParkShare.Core.Refinement;

/// <summary>
/// Turns a basic position into a detailed one against a lot's map. When the input fits more than
/// one space it answers with ranked candidates: a wrong space is worse than no answer.
/// </summary>
public sealed class PositionRefiner
{
    public const int MaxCandidates = 10;
    private const double MarkerRadius = 4.0;
    private const double TapRadius = 6.0;
    private const double DefaultGpsAccuracy = 15.0;

    public RefinementResult Refine(LotMap map, BasicPosition position) => position switch
    {
        SpaceCodePosition code => RefineCode(map, code.Code),
        MarkerPosition marker => RefineMarker(map, marker.Code),
        MapPointPosition point => RefinePoint(map, point),
        GpsPosition gps => RefineGps(map, gps),
        _ => RefinementResult.Failed(RefinementError.InvalidSpaceCode),
    };

    public DetailedPosition Describe(LotMap map, SpaceEntry space, ResolvedBy by)
    {
        var nearest = space.Level.NearestLandmark(space.Centroid);
        return new DetailedPosition(
            map,
            space,
            space.Centroid,
            map.Georeference.ToWgs84(space.Centroid),
            nearest?.Landmark,
            nearest is { } n ? Math.Round(n.Distance, 1) : 0,
            map.RouteTo(space),
            by);
    }

    private RefinementResult RefineCode(LotMap map, string code)
    {
        var match = map.FindByCode(code);
        return match.Status switch
        {
            SpaceCodeMatchStatus.Resolved => RefinementResult.Resolved(Describe(map, match.Space!, ResolvedBy.SpaceCode)),
            SpaceCodeMatchStatus.Ambiguous => Candidates(map, map.CandidatesFor(match.Parsed, MaxCandidates), ResolvedBy.SpaceCode),
            SpaceCodeMatchStatus.Incomplete when match.Parsed.HasZone =>
                Candidates(map, map.CandidatesFor(match.Parsed, MaxCandidates), ResolvedBy.SpaceCode, RefinementError.IncompleteSpaceCode),
            SpaceCodeMatchStatus.Incomplete => RefinementResult.Failed(RefinementError.IncompleteSpaceCode),
            SpaceCodeMatchStatus.NotFound => RefinementResult.Failed(RefinementError.SpaceNotFound),
            _ => RefinementResult.Failed(RefinementError.InvalidSpaceCode),
        };
    }

    private RefinementResult RefineMarker(LotMap map, string code)
    {
        if (map.FindSpaceMarker(code) is { } space)
        {
            return RefinementResult.Resolved(Describe(map, space, ResolvedBy.Marker));
        }

        if (map.FindMarker(code) is not { } landmark)
        {
            return RefinementResult.Failed(RefinementError.MarkerNotFound);
        }

        // A pillar stands between spaces: offer the ones around it rather than pick one.
        var near = landmark.Level.SpacesNear(landmark.Point, MarkerRadius, MaxCandidates);
        return Candidates(map, [.. near.Select(n => n.Space)], ResolvedBy.Marker, RefinementError.NoSpaceNearby);
    }

    private RefinementResult RefinePoint(LotMap map, MapPointPosition point)
    {
        var p = new Point2(point.X, point.Y);
        if (!p.IsFinite)
        {
            return RefinementResult.Failed(RefinementError.InvalidCoordinates);
        }

        if (map.Level(point.LevelId) is not { } level)
        {
            return RefinementResult.Failed(RefinementError.UnknownLevel);
        }

        if (level.Outline.DistanceTo(p) > 0.5)
        {
            return RefinementResult.Failed(RefinementError.OutsideLot);
        }

        if (level.SpaceAt(p) is { } space)
        {
            return RefinementResult.Resolved(Describe(map, space, ResolvedBy.MapPoint));
        }

        var near = level.SpacesNear(p, TapRadius, 5);
        return Candidates(map, [.. near.Select(n => n.Space)], ResolvedBy.MapPoint, RefinementError.NoSpaceNearby);
    }

    private RefinementResult RefineGps(LotMap map, GpsPosition gps)
    {
        if (!double.IsFinite(gps.Lat) || !double.IsFinite(gps.Lng) || gps.Lat is < -90 or > 90 || gps.Lng is < -180 or > 180
            || gps.Accuracy is { } a && (!double.IsFinite(a) || a < 0))
        {
            return RefinementResult.Failed(RefinementError.InvalidCoordinates);
        }

        var levels = map.Levels;
        if (!string.IsNullOrWhiteSpace(gps.LevelHint))
        {
            if (LevelHint.Find(map, gps.LevelHint) is not { } hinted)
            {
                return RefinementResult.Failed(RefinementError.UnknownLevel);
            }

            levels = [hinted];
        }

        var radius = Math.Clamp(gps.Accuracy ?? DefaultGpsAccuracy, 1, 100);
        var p = map.Georeference.ToLocal(new GeoPoint(gps.Lat, gps.Lng));
        if (map.Bounds.DistanceTo(p) > radius)
        {
            return RefinementResult.Failed(RefinementError.OutsideLot);
        }

        var near = levels.SelectMany(l => l.SpacesNear(p, radius, MaxCandidates))
            .OrderBy(n => n.Distance).Take(MaxCandidates).Select(n => n.Space).ToList();
        if (near.Count == 1 && levels.Count == 1)
        {
            return RefinementResult.Resolved(Describe(map, near[0], ResolvedBy.Gps));
        }

        return Candidates(map, near, ResolvedBy.Gps, RefinementError.NoSpaceNearby);
    }

    private RefinementResult Candidates(LotMap map, IReadOnlyList<SpaceEntry> spaces, ResolvedBy by, RefinementError whenNone = RefinementError.SpaceNotFound) =>
        spaces.Count == 0
            ? RefinementResult.Failed(whenNone)
            : RefinementResult.Ambiguous([.. spaces.Select(s => Describe(map, s, by))]);
}
