namespace ParkShare.Core.Sharing.Links;

/// <summary>A link (with its token when just created), or why there is none.</summary>
public sealed record ShareOutcome(ShareLink? Link, string? Token, ShareError Error)
{
    public static ShareOutcome Ok(ShareLink link, string? token = null) => new(link, token, ShareError.None);

    public static ShareOutcome Refused(ShareError error) => new(null, null, error);
}
