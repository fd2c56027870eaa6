namespace ParkShare.Web.Mobile;

public sealed record LevelCard(Guid Id, string Name, int Free, int Total);
