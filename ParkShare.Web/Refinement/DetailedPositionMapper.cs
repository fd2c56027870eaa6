using System.Text.Json;
using ParkShare.Core.Refinement;

namespace ParkShare.Web.Refinement;

/// <summary>Maps a Core detailed position to its wire shape, phrasing steps in the request's language.</summary>
public sealed class DetailedPositionMapper(RouteStepFormatter steps)
{
    public DetailedPositionDto ToDto(DetailedPosition p) => new(
        new LotRefDto(p.Lot.LotId.ToString(), p.Lot.Name),
        new LevelRefDto(p.Level.Id.ToString(), p.Level.Name, p.Level.Ordinal),
        p.Zone is { } z ? new ZoneRefDto(z.Code, z.Name) : null,
        new SpaceRefDto(p.Space.Id.ToString(), p.Space.Code, p.Space.Label, JsonNamingPolicy.CamelCase.ConvertName(p.Space.Kind.ToString())),
        new LocalPointDto(Math.Round(p.Local.X, 2), Math.Round(p.Local.Y, 2)),
        new Wgs84Dto(Math.Round(p.Wgs84.Lat, 7), Math.Round(p.Wgs84.Lng, 7)),
        p.NearestLandmark is { } l
            ? new NearestLandmarkDto(JsonNamingPolicy.CamelCase.ConvertName(l.Kind.ToString()), steps.LandmarkName(l.Kind, l.Name), p.NearestLandmarkDistance)
            : null,
        p.Route is { } r
            ? new RouteDto(
                r.DistanceMeters,
                [.. r.Steps.Select(s => new RouteStepDto(steps.Format(s), s.LevelId.ToString()))],
                [.. r.Legs.Select(leg => new RouteLegDto(leg.LevelId.ToString(), [.. leg.Points.Select(pt => new[] { Math.Round(pt.X, 2), Math.Round(pt.Y, 2) })]))])
            : null,
        JsonNamingPolicy.CamelCase.ConvertName(p.ResolvedBy.ToString()));
}
