namespace ParkShare.Web.Mobile;

public static class MobilePaths
{
    public const string Home = "/m";

    /// <summary>Only a mobile page of this site is a place to return to after sign-in (no open redirect).</summary>
    public static string LocalOrHome(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && (url == Home || url.StartsWith("/m/", StringComparison.Ordinal) || url.StartsWith("/m?", StringComparison.Ordinal))
        && !url.Contains('\\') && !url.Contains("//", StringComparison.Ordinal)
            ? url
            : Home;
}
