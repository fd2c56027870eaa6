namespace ParkShare.Core.Sharing.Bindings;

/// <summary>One binding of a driver who parked in a lot, for support: ids only, never an openid.</summary>
public sealed record LotBindingRow(Guid BindingId, Guid DriverId, Guid FriendId, BindingState State, DateTime CreatedAtUtc, DateTime? RevokedAtUtc);
