using System.Text;

namespace ParkShare.Core.Parking;

/// <summary>
/// One spelling per plate, so a driver finds their own records however they typed it: full-width
/// characters to ASCII (NFKC), no spaces, no separators (· • ・ ‧ - .), upper case. "沪Ａ·12 345" and
/// "沪a-12345" are both "沪A12345". Plates are compared only within one driver's records.
/// </summary>
public static class PlateNumber
{
    private static readonly char[] Separators = ['·', '•', '・', '‧', '-', '.', '_'];

    public static string? Normalize(string? plate)
    {
        if (string.IsNullOrWhiteSpace(plate))
        {
            return null;
        }

        var builder = new StringBuilder(plate.Length);
        foreach (var c in plate.Normalize(NormalizationForm.FormKC))
        {
            if (!char.IsWhiteSpace(c) && Array.IndexOf(Separators, c) < 0)
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.Length == 0 ? null : builder.ToString();
    }
}
