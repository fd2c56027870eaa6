namespace ParkShare.Web.Sharing;

/// <summary>A share visit posted by the mini-program (POST /api/mp/share-view): the PIN travels in the body, never in a URL.</summary>
public sealed record PostedShareVisit(string? Pin);
