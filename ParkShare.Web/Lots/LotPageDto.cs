namespace ParkShare.Web.Lots;

/// <summary>A page of lots; nextCursor is null on the last page.</summary>
public sealed record LotPageDto(IReadOnlyList<LotSummaryDto> Items, string? NextCursor);
