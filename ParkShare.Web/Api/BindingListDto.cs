namespace ParkShare.Web.Api;

public sealed record BindingListDto(IReadOnlyList<BindingDto> Items);
