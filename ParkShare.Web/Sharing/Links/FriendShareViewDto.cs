namespace ParkShare.Web.Sharing.Links;

/// <summary>POST /api/mp/share-view answers status "car" with the car, or "pin" when the link asks for its PIN first.</summary>
public sealed record FriendShareViewDto(string Status, FriendCarDto? Car);
