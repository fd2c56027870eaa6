using Microsoft.Extensions.Localization;
using ParkShare.Core.Lots.Exchange;

namespace ParkShare.Web.Lots.Exchange;

/// <summary>A problem of an imported file in the page's language, naming the feature as the API does.</summary>
public static class GeoJsonProblemMessages
{
    /// <summary>"Feature 12 (unit, id 0193…): the polygon crosses itself."</summary>
    public static string Text(IStringLocalizer l, GeoJsonProblem problem)
    {
        var what = l[$"GeoJson.{problem.Code}", problem.Detail ?? string.Empty].Value;
        return problem.Index < 0 ? what : l["GeoJson.Feature", problem.Index, problem.FeatureType ?? "?", problem.FeatureId ?? "?", what].Value;
    }
}
