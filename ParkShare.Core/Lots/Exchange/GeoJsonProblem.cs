namespace ParkShare.Core.Lots.Exchange;

/// <summary>
/// One thing wrong with an imported file: the feature (its index in <c>features</c>, its id and type when
/// readable; index -1 for the collection itself), a stable problem code and the property or detail concerned.
/// </summary>
public sealed record GeoJsonProblem(int Index, string? FeatureId, string? FeatureType, string Code, string? Detail = null);
