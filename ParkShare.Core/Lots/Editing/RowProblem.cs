namespace ParkShare.Core.Lots.Editing;

/// <summary>Why one field of a row is refused: a stable code ("Range", "TooLong", "ControlCharacters") and its limits.</summary>
public sealed record RowProblem(RowField Field, string Code, IReadOnlyList<object> Arguments);
