namespace ParkShare.Web.Sharing.Bindings;

/// <summary>
/// An active binding seen by one side: role "friend" (the other person is my friend: I share my car
/// with them) or "driver" (the other person shares their car with me).
/// </summary>
public sealed record BindingDto(string Id, string Role, string OtherDriverId, DateTimeOffset CreatedAt, bool AlreadyBound = false);
