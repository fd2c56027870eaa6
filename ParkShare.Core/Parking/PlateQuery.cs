namespace ParkShare.Core.Parking;

/// <summary>
/// A plate typed into a staff search: refused when empty, longer than a stored plate could be, or holding
/// control characters; otherwise the one spelling records store (<see cref="PlateNumber.Normalize"/>).
/// </summary>
public static class PlateQuery
{
    /// <summary>What a field may hold before normalising (spaces and separators included).</summary>
    public const int MaxInputLength = 64;

    public static bool TryNormalize(string? input, out string plateKey, out PlateQueryProblem problem)
    {
        plateKey = string.Empty;
        problem = default;
        if (input is { Length: > MaxInputLength })
        {
            problem = PlateQueryProblem.TooLong;
            return false;
        }

        if (input?.Any(char.IsControl) == true)
        {
            problem = PlateQueryProblem.ControlCharacters;
            return false;
        }

        if (PlateNumber.Normalize(input) is not { } key)
        {
            problem = PlateQueryProblem.Empty;
            return false;
        }

        if (key.Length > ParkingDetails.MaxPlateLength)
        {
            problem = PlateQueryProblem.TooLong;
            return false;
        }

        plateKey = key;
        return true;
    }
}
