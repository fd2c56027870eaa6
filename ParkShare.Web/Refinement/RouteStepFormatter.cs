using System.Globalization;
using Microsoft.Extensions.Localization;
using ParkShare.Core.Lots;
using ParkShare.Core.Wayfinding;

namespace ParkShare.Web.Refinement;

/// <summary>Phrases structured route steps in the current UI language.</summary>
public sealed class RouteStepFormatter(IStringLocalizer<RouteStepFormatter> text)
{
    public string Format(RouteStep step) => step.Kind switch
    {
        RouteStepKind.Start => step.LandmarkKind is { } kind
            ? text["Route.Start", LandmarkName(kind, step.LandmarkName!), step.LevelName]
            : text["Route.StartPlain", step.LevelName],
        RouteStepKind.Walk => Walk(step),
        RouteStepKind.Take => text["Route.Take", ConnectorName(step.Connector!.Value, step.LandmarkName!), step.TargetLevelName!],
        RouteStepKind.Arrive => step.Turn is TurnDirection.Left or TurnDirection.Right
            ? text["Route.ArriveSide", step.SpaceCode!, text[$"Turn.Side.{step.Turn}"]]
            : text["Route.Arrive", step.SpaceCode!],
        _ => string.Empty,
    };

    public string LandmarkName(LandmarkKind kind, string name) =>
        IsDesignation(name) ? text[$"Landmark.{kind}", name] : name;

    private string Walk(RouteStep step)
    {
        var distance = step.DistanceMeters.ToString("0", CultureInfo.InvariantCulture);
        var walk = step switch
        {
            { SpaceCode: { } space } => text["Route.WalkTo", distance, space].Value,
            { LandmarkKind: { } kind, LandmarkName: { } name } => text["Route.WalkTo", distance, LandmarkName(kind, name)].Value,
            _ => text["Route.Walk", distance].Value,
        };
        return step.Turn is TurnDirection.Left or TurnDirection.Right or TurnDirection.Back
            ? text["Route.TurnThen", text[$"Turn.{step.Turn}"], walk]
            : Capitalize(walk);
    }

    /// <summary>"walk 14 m" continues a turn ("Turn right, walk 14 m"); on its own it starts a sentence.</summary>
    private static string Capitalize(string sentence) =>
        sentence.Length > 0 && char.IsLower(sentence[0])
            ? string.Concat(char.ToUpper(sentence[0], CultureInfo.CurrentCulture).ToString(), sentence.AsSpan(1))
            : sentence;

    private string ConnectorName(ConnectorKind kind, string name) => kind switch
    {
        ConnectorKind.Elevator => LandmarkName(LandmarkKind.Elevator, name),
        ConnectorKind.Stairs => LandmarkName(LandmarkKind.Stairs, name),
        _ => LandmarkName(LandmarkKind.Ramp, name),
    };

    /// <summary>Short designations ("3", "B2-014") read better inside a phrase ("3号电梯", "Elevator 3").</summary>
    private static bool IsDesignation(string name) =>
        name.Length <= 12 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
