namespace ParkShare.Core.Lots.History;

/// <summary>The console user a change is made by, as the lot history shows them.</summary>
public sealed record ConsoleActor(string UserId, string DisplayName);
