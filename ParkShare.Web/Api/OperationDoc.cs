namespace ParkShare.Web.Api;

/// <summary>
/// What the API description says about one operation beyond what its handler's types declare:
/// a summary, the problems it answers with (status and stable code) and example bodies.
/// </summary>
public sealed record OperationDoc(string Summary, string Description, object? Response, object? Request, IReadOnlyList<(int Status, string Code)> Problems);
