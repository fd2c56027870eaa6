namespace ParkShare.Web.Sharing.Links;

/// <summary>POST /api/mp/share-view: the share token (the mini-program code's scene) and, for a link with a PIN, the PIN.</summary>
public sealed record ShareViewRequest(string? Token, string? Pin = null);
