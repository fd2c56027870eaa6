namespace ParkShare.Web.Lots;

public sealed record LotListItem(Guid Id, string Name, string Address, int Levels, int Spaces);
