namespace ParkShare.Core.Lots.Editing;

/// <summary>The rules every name typed in the console follows: present, short enough, no control characters.</summary>
public static class LotNames
{
    public static LotEditError Check(string? name, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return LotEditError.NameRequired;
        }

        var trimmed = name.Trim();
        if (trimmed.Length > maxLength)
        {
            return LotEditError.NameTooLong;
        }

        return trimmed.Any(char.IsControl) ? LotEditError.NameInvalid : LotEditError.None;
    }
}
