namespace ParkShare.Web.Sharing.Links;

/// <summary>
/// A share link for the mini-program: the path a share card opens (pages/share/view?scene=token) and the
/// mini-program code (getwxacodeunlimit, scene = token) as a data URL; in the sandbox a plain QR stands in.
/// </summary>
public sealed record ShareCodeDto(string SharePath, string Page, string Scene, string ImageUrl);
