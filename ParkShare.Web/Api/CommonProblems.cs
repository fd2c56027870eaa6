namespace ParkShare.Web.Api;

/// <summary>The problems many endpoints share, for their <c>ProducesProblems</c> declarations.</summary>
public static class CommonProblems
{
    public static readonly (int Status, string Code) Invalid = (400, "validation_failed");
    public static readonly (int Status, string Code) BadCursor = (400, "invalid_cursor");
    public static readonly (int Status, string Code) Malformed = (400, "malformed_json");
    public static readonly (int Status, string Code) SignedOut = (401, "session_required");
    public static readonly (int Status, string Code) ConsoleSignedOut = (401, "unauthorized");
    public static readonly (int Status, string Code) TooLarge = (413, "body_too_large");
    public static readonly (int Status, string Code) NotJson = (415, "unsupported_media_type");
}
