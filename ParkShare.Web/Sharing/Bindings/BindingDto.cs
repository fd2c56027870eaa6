namespace ParkShare.Web.Sharing.Bindings;

/// <summary>
/// An active binding seen by one side: role "friend" (the other person is my friend: I share my car
/// with them) or "driver" (the other person shares their car with me). <see cref="Name"/> is how to show
/// the other person: the alias I gave them, else the nickname they chose; null when they have neither
/// (show "unnamed friend", never the id).
/// </summary>
public sealed record BindingDto(
    string Id, string Role, string OtherDriverId, DateTimeOffset CreatedAt, bool AlreadyBound = false, string? Name = null, string? Alias = null, string? Nickname = null);
