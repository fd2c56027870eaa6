namespace ParkShare.Web.Mobile;

/// <summary>
/// Static pages only dispatch a POST to a form that is on the page again when it re-renders. A form
/// that disappears once it has done its work (reserve, check in, picked up) stays on the page for
/// its own POST, so a double tap gets the idempotent answer or a clear message instead of a 400.
/// </summary>
public static class MobileForms
{
    public static bool Posted(HttpContext context, string formName) =>
        HttpMethods.IsPost(context.Request.Method) && context.Request.HasFormContentType && context.Request.Form["_handler"] == formName;

    /// <summary>The idempotency key a form carried (generated when the page was drawn), or null for none or a malformed one.</summary>
    public static string? IdempotencyKey(string? posted) =>
        posted is { Length: > 0 and <= Api.IdempotencyKeyHeader.MaxLength } key && key.All(char.IsAsciiLetterOrDigit) ? key : null;
}
