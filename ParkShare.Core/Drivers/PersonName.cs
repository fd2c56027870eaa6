using System.Globalization;
using System.Text;

namespace ParkShare.Core.Drivers;

/// <summary>
/// A name a person chose (their nickname) or gave someone else (a binding's alias): trimmed, NFC,
/// 1 to <see cref="MaxLength"/> characters as the reader counts them (an emoji is one), with no
/// control or bidirectional-override characters (they could hide or reorder what staff and friends read).
/// </summary>
public static class PersonName
{
    public const int MaxLength = 32;

    /// <summary>The normalised name, or why it is refused.</summary>
    public static PersonNameError Normalize(string? input, out string name)
    {
        name = (input ?? string.Empty).Trim().Normalize(NormalizationForm.FormC);
        if (name.Length == 0)
        {
            return PersonNameError.Empty;
        }

        if (name.Any(IsForbidden))
        {
            return PersonNameError.ControlCharacter;
        }

        return new StringInfo(name).LengthInTextElements > MaxLength || name.Length > MaxLength * 4
            ? PersonNameError.TooLong
            : PersonNameError.None;
    }

    private static bool IsForbidden(char c) =>
        char.IsControl(c)
        || c is '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\uFEFF'
        || char.GetUnicodeCategory(c) is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
