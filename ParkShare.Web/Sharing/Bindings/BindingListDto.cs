namespace ParkShare.Web.Sharing.Bindings;

public sealed record BindingListDto(IReadOnlyList<BindingDto> Items);
