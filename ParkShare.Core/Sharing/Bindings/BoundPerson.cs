namespace ParkShare.Core.Sharing.Bindings;

/// <summary>
/// One active binding seen by one side, with the other person's name: the alias I gave them, else
/// the nickname they chose (both null: they are unnamed and shown as such, never by id).
/// </summary>
public sealed record BoundPerson(Binding Binding, Guid OtherId, string? Alias, string? Nickname)
{
    public string? Name => Alias ?? Nickname;
}
