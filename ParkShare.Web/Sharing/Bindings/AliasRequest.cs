namespace ParkShare.Web.Sharing.Bindings;

/// <summary>PATCH /api/mp/bindings/{id}: the name I give the other side, 1 to 32 characters; null goes back to their own nickname.</summary>
public sealed record AliasRequest(string? Alias);
