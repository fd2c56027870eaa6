namespace ParkShare.Core.Lots.Editing;

/// <summary>Where a level may go: a valid name no other level of the lot has, and a free floor in range.</summary>
public static class LevelRules
{
    public const int MinOrdinal = -20;
    public const int MaxOrdinal = 200;
    public const double MinSizeMeters = 1;
    public const double MaxSizeMeters = 2000;

    public static LotEditError CheckName(Lot lot, string? name, Level? except = null)
    {
        var error = LotNames.Check(name, Level.MaxNameLength);
        if (error != LotEditError.None)
        {
            return error;
        }

        // Level names start every space code (B2-C-017), so they may not contain the code separator's neighbours.
        if (name!.Trim().Any(c => char.IsWhiteSpace(c) || c == '-'))
        {
            return LotEditError.NameInvalid;
        }

        return lot.HasLevelNamed(name, except) ? LotEditError.LevelNameTaken : LotEditError.None;
    }

    public static LotEditError CheckOrdinal(Lot lot, int ordinal, Level? except = null)
    {
        if (ordinal is < MinOrdinal or > MaxOrdinal)
        {
            return LotEditError.OrdinalOutOfRange;
        }

        return lot.HasLevelAt(ordinal, except) ? LotEditError.OrdinalTaken : LotEditError.None;
    }

    public static LotEditError CheckSize(double width, double depth) =>
        double.IsFinite(width) && double.IsFinite(depth) && width is >= MinSizeMeters and <= MaxSizeMeters && depth is >= MinSizeMeters and <= MaxSizeMeters
            ? LotEditError.None
            : LotEditError.SizeOutOfRange;
}
