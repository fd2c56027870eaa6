namespace ParkShare.Core.Sharing.Links;

/// <summary>What the owner chooses for a new link; null lifetime means <see cref="SharingOptions.DefaultLifetime"/>.</summary>
public sealed record ShareRequest(Guid RecordId, TimeSpan? Lifetime, string? Pin, int? MaxViews, bool ShowPlate, bool ShowPhoto)
{
    public const int MaxViewLimit = 1000;
}
