using ParkShare.Core.Drivers;

namespace ParkShare.Core.Sharing.Bindings;

/// <summary>
/// A driver shares their parked car with a friend (both are drivers): the friend sees the driver's
/// active records in "shared with me" and receives their pushes. Either side can end it.
/// </summary>
public sealed class Binding
{
    private Binding()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The driver who invited: whose car is shared.</summary>
    public Guid DriverId { get; private set; }

    /// <summary>The friend who accepted: who sees it.</summary>
    public Guid FriendId { get; private set; }

    public BindingState State { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? RevokedAtUtc { get; private set; }

    public Guid? RevokedByDriverId { get; private set; }

    /// <summary>The name the friend gave the driver; null: the driver's own nickname shows.</summary>
    public string? DriverAlias { get; private set; }

    /// <summary>The name the driver gave the friend; null: the friend's own nickname shows.</summary>
    public string? FriendAlias { get; private set; }

    public bool IsActive => State == BindingState.Active;

    public static Binding Create(Guid driverId, Guid friendId, DateTime nowUtc)
    {
        if (driverId == friendId)
        {
            throw new ArgumentException("A driver cannot bind to themselves.", nameof(friendId));
        }

        return new Binding { Id = Guid.CreateVersion7(), DriverId = driverId, FriendId = friendId, State = BindingState.Active, CreatedAtUtc = nowUtc };
    }

    public bool Involves(Guid driverId) => DriverId == driverId || FriendId == driverId;

    /// <summary>The other side of the binding, seen from <paramref name="me"/>.</summary>
    public Guid Other(Guid me) => DriverId == me ? FriendId : DriverId;

    /// <summary>The alias <paramref name="me"/> gave the other side (null: none).</summary>
    public string? AliasSetBy(Guid me) => DriverId == me ? FriendAlias : DriverAlias;

    /// <summary>
    /// Either side names the other as they like to see them (null clears it); refused unless
    /// <see cref="PersonName"/> accepts the name. The caller checks the binding involves <paramref name="byDriverId"/>.
    /// </summary>
    public PersonNameError SetAlias(Guid byDriverId, string? alias)
    {
        if (!Involves(byDriverId))
        {
            throw new InvalidOperationException("Only a side of the binding names the other.");
        }

        string? name = null;
        if (alias is not null)
        {
            var error = PersonName.Normalize(alias, out var normalized);
            if (error != PersonNameError.None)
            {
                return error;
            }

            name = normalized;
        }

        if (DriverId == byDriverId)
        {
            FriendAlias = name;
        }
        else
        {
            DriverAlias = name;
        }

        return PersonNameError.None;
    }

    /// <summary>Ends the binding for both sides; only its driver or friend may; false when already ended or not theirs.</summary>
    public bool Revoke(Guid byDriverId, DateTime nowUtc)
    {
        if (!IsActive || !Involves(byDriverId))
        {
            return false;
        }

        State = BindingState.Revoked;
        RevokedAtUtc = nowUtc;
        RevokedByDriverId = byDriverId;
        return true;
    }
}
