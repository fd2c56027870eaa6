namespace ParkShare.Web.Console;

public sealed record LotListItem(Guid Id, string Name, string Address, int Levels, int Spaces);
