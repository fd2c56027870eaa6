namespace ParkShare.Core.Lots.Exchange;

/// <summary>A replace (or its preview): the changes per kind and, when refused, the codes of the spaces in use.</summary>
public sealed record LotReplaceResult(LotReplaceStatus Status, LotReplaceSummary Summary, IReadOnlyList<string> SpacesInUse);
