namespace ParkShare.Web.Api;

/// <summary>
/// Route constraints (<c>{id:guid}</c>) keep malformed ids out of the handlers, but a path that matches no
/// route answers an empty 404. For each constrained route, the group also maps the same path without the
/// constraint, which routing ranks below the constrained one; it answers the problem the endpoint documents
/// for an id that does not exist. It shares the group's conventions (so authorization still comes first)
/// and is left out of the API description.
/// </summary>
public static class MalformedIdRoutes
{
    /// <summary>
    /// Maps <paramref name="route"/> (<c>"METHOD /path/{id}"</c>, the constrained route's path without the constraint) to a
    /// 404 problem with <paramref name="code"/>. Give it the constrained route's <c>Accepts</c> too, or it would take the
    /// content types that route refuses with 415.
    /// </summary>
    public static RouteHandlerBuilder MapMalformedId(this IEndpointRouteBuilder group, string route, string code)
    {
        var (method, pattern) = route.Split(' ', 2) is [var m, var p] ? (m, p) : throw new ArgumentException($"'{route}' is not \"METHOD /path\".", nameof(route));
        return group.MapMethods(pattern, [method], (ApiProblems problems) => problems.Problem(StatusCodes.Status404NotFound, code))
            .ExcludeFromDescription();
    }
}
