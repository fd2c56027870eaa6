namespace ParkShare.Core.Lots.Editing;

/// <summary>An edit the rules refuse (a row of 10,000 spaces, a polygon of two points); <see cref="Code"/> names the message.</summary>
public sealed class DraftEditException(string code, params object[] arguments)
    : InvalidOperationException($"Edit refused: {code}")
{
    public string Code { get; } = code;

    public IReadOnlyList<object> Arguments { get; } = arguments;
}
