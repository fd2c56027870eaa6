using ParkShare.Core.Refinement;
using ParkShare.Web.Api;

namespace ParkShare.Web.Refinement;

/// <summary>Validates a wire position and turns it into a Core basic position.</summary>
public static class PositionRequestReader
{
    public const int MaxCodeLength = 64;

    public static BasicPosition? Read(PositionRequest? p, ApiProblems problems, Dictionary<string, string[]> errors)
    {
        if (p is null)
        {
            errors["position"] = [problems.Message("Validation.PositionRequired")];
            return null;
        }

        switch (p.Kind)
        {
            case "spaceCode" or "marker":
                if (string.IsNullOrWhiteSpace(p.Code))
                {
                    errors["position.code"] = [problems.Message("Validation.CodeRequired")];
                    return null;
                }

                if (p.Code.Length > MaxCodeLength || p.Code.Any(char.IsControl))
                {
                    errors["position.code"] = [problems.Message("Validation.CodeTooLong", MaxCodeLength)];
                    return null;
                }

                return p.Kind == "marker" ? new MarkerPosition(p.Code) : new SpaceCodePosition(p.Code);
            case "mapPoint":
                if (!Guid.TryParse(p.LevelId, out var levelId))
                {
                    errors["position.levelId"] = [problems.Message("Validation.LevelIdRequired")];
                }

                RequireFinite(p.X, "position.x", problems, errors);
                RequireFinite(p.Y, "position.y", problems, errors);
                return errors.Count == 0 ? new MapPointPosition(levelId, p.X!.Value, p.Y!.Value) : null;
            case "gps":
                RequireFinite(p.Lat, "position.lat", problems, errors);
                RequireFinite(p.Lng, "position.lng", problems, errors);
                if (p.Accuracy is { } a && (!double.IsFinite(a) || a < 0))
                {
                    errors["position.accuracy"] = [problems.Message("Validation.NumberRequired")];
                }

                if (p.LevelHint is { Length: > MaxCodeLength })
                {
                    errors["position.levelHint"] = [problems.Message("Validation.CodeTooLong", MaxCodeLength)];
                }

                return errors.Count == 0 ? new GpsPosition(p.Lat!.Value, p.Lng!.Value, p.Accuracy, p.LevelHint) : null;
            default:
                errors["position.kind"] = [problems.Message("Validation.UnknownKind")];
                return null;
        }
    }

    private static void RequireFinite(double? value, string field, ApiProblems problems, Dictionary<string, string[]> errors)
    {
        if (value is not { } v || !double.IsFinite(v))
        {
            errors[field] = [problems.Message("Validation.NumberRequired")];
        }
    }
}
