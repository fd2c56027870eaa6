namespace ParkShare.Core.Refinement;

/// <summary>
/// Splits a typed space code into tokens without allocating: folds full-width forms and case,
/// reads Arabic and Chinese numerals, and knows the Chinese level/zone/number words.
/// </summary>
internal static class SpaceCodeTokenizer
{
    public const int MaxLength = 64;
    public const int MaxTokens = 24;

    /// <summary>The token count, or -1 when the text cannot be a space code.</summary>
    public static int Tokenize(ReadOnlySpan<char> input, Span<SpaceCodeToken> tokens)
    {
        if (input.Length > MaxLength)
        {
            return -1;
        }

        var n = 0;
        var i = 0;
        while (i < input.Length)
        {
            var c = Fold(input[i]);
            SpaceCodeToken token;
            if (c is '-' or '\u2212' && (n == 0 || tokens[n - 1].Kind == SpaceCodeTokenKind.LevelWord)
                && i + 1 < input.Length && Fold(input[i + 1]) is >= '0' and <= '9')
            {
                // A minus before the leading number ("-2层", "Level -2") is a basement sign: as a
                // separator it would turn B2 into 2F.
                token = SpaceCodeToken.Of(SpaceCodeTokenKind.Basement);
                i++;
            }
            else if (IsSeparator(c))
            {
                i++;
                continue;
            }
            else if (c is >= '0' and <= '9')
            {
                if (!ReadDigits(input, ref i, out var value))
                {
                    return -1;
                }

                token = new SpaceCodeToken(SpaceCodeTokenKind.Number, value, '\0');
            }
            else if (ChineseNumerals.Digit(c) >= 0 || c is '十' or '百')
            {
                var value = ChineseNumerals.Read(input, ref i);
                if (value < 0)
                {
                    return -1;
                }

                token = new SpaceCodeToken(SpaceCodeTokenKind.Number, value, '\0');
            }
            else if (c is >= 'A' and <= 'Z')
            {
                var start = i;
                while (i < input.Length && Fold(input[i]) is >= 'A' and <= 'Z')
                {
                    i++;
                }

                if (i - start == 1)
                {
                    token = new SpaceCodeToken(SpaceCodeTokenKind.Letter, 0, c);
                }
                else
                {
                    var kind = Keyword(input[start..i]);
                    if (kind == SpaceCodeTokenKind.Invalid)
                    {
                        return -1;
                    }

                    if (kind == SpaceCodeTokenKind.Separator)
                    {
                        continue;
                    }

                    token = SpaceCodeToken.Of(kind);
                }
            }
            else
            {
                var kind = ReadWord(input, ref i);
                if (kind == SpaceCodeTokenKind.Invalid)
                {
                    return -1;
                }

                if (kind == SpaceCodeTokenKind.Separator)
                {
                    continue;
                }

                token = SpaceCodeToken.Of(kind);
            }

            if (n == tokens.Length)
            {
                return -1;
            }

            tokens[n++] = token;
        }

        return n;
    }

    /// <summary>Full-width ASCII to ASCII, ideographic space to space, lower case to upper case.</summary>
    internal static char Fold(char c)
    {
        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            c = (char)(c - 0xFEE0);
        }
        else if (c == '\u3000')
        {
            c = ' ';
        }

        return c is >= 'a' and <= 'z' ? (char)(c - 32) : c;
    }

    private static bool IsSeparator(char c) =>
        c is ' ' or '\t' or '-' or '_' or '.' or '/' or ',' or ':' or '#' or '·' or '、' or '，' or '。' or '：'
            or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' or '\u00A0';

    private static bool ReadDigits(ReadOnlySpan<char> input, ref int i, out int value)
    {
        value = 0;
        var digits = 0;
        while (i < input.Length && Fold(input[i]) is var d and >= '0' and <= '9')
        {
            if (++digits > 6)
            {
                return false;
            }

            value = (value * 10) + (d - '0');
            i++;
        }

        return true;
    }

    private static SpaceCodeTokenKind Keyword(ReadOnlySpan<char> word)
    {
        Span<char> upper = stackalloc char[word.Length];
        for (var k = 0; k < word.Length; k++)
        {
            upper[k] = Fold(word[k]);
        }

        return upper switch
        {
            "LEVEL" or "LVL" or "FLOOR" or "DECK" => SpaceCodeTokenKind.LevelWord,
            "ZONE" or "AREA" or "SPACE" or "BAY" or "SLOT" or "NO" or "NUMBER" or "LOT" => SpaceCodeTokenKind.Separator,
            _ => SpaceCodeTokenKind.Invalid,
        };
    }

    private static SpaceCodeTokenKind ReadWord(ReadOnlySpan<char> input, ref int i)
    {
        var rest = input[i..];
        (SpaceCodeTokenKind Kind, int Length) match = rest switch
        {
            _ when rest.StartsWith("地下") => (SpaceCodeTokenKind.Basement, 2),
            _ when rest.StartsWith("号车位") => (SpaceCodeTokenKind.NumberSuffix, 3),
            _ when rest.StartsWith("停车位") => (SpaceCodeTokenKind.NumberSuffix, 3),
            _ when rest.StartsWith("号位") => (SpaceCodeTokenKind.NumberSuffix, 2),
            _ when rest.StartsWith("车位") => (SpaceCodeTokenKind.NumberSuffix, 2),
            _ => rest[0] switch
            {
                '负' => (SpaceCodeTokenKind.Basement, 1),
                '层' or '楼' => (SpaceCodeTokenKind.FloorSuffix, 1),
                '区' => (SpaceCodeTokenKind.ZoneSuffix, 1),
                '号' => (SpaceCodeTokenKind.NumberSuffix, 1),
                '第' => (SpaceCodeTokenKind.Separator, 1),
                _ => (SpaceCodeTokenKind.Invalid, 0),
            },
        };
        i += match.Length;
        return match.Kind;
    }
}
