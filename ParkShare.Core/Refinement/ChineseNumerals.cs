namespace ParkShare.Core.Refinement;

/// <summary>Reads Chinese numerals as they appear in space codes (十七, 一百零五, 零一七).</summary>
internal static class ChineseNumerals
{
    public static int Digit(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    /// <summary>
    /// The value of a run of Chinese numerals, or -1 when the run is malformed. Reads positional
    /// digits ("一七", "零一七" = 17, at most six) and the unit form up to the hundreds ("十七",
    /// "四十八", "一百零五", "一百一十"). A digit that no unit accounts for ("十七七", "二十三三"),
    /// repeated units ("十十七", "二十二十") and the colloquial "一百二" (102 or 120?) are rejected
    /// rather than guessed: a wrong space is worse than no answer.
    /// </summary>
    public static int Read(ReadOnlySpan<char> input, ref int i)
    {
        var start = i;
        while (i < input.Length && (Digit(input[i]) >= 0 || input[i] is '十' or '百'))
        {
            i++;
        }

        var run = input[start..i];
        if (run.IndexOfAny('十', '百') < 0)
        {
            if (run.Length > 6)
            {
                return -1;
            }

            var positional = 0;
            foreach (var c in run)
            {
                positional = (positional * 10) + Digit(c);
            }

            return positional;
        }

        var p = 0;
        var value = 0;
        var hundreds = false;
        if (DigitAt(run, 0) > 0 && run.Length > 1 && run[1] == '百')
        {
            value = DigitAt(run, 0) * 100;
            p = 2;
            hundreds = true;
        }

        var zero = hundreds && DigitAt(run, p) == 0;
        if (zero)
        {
            p++;
        }

        var tens = false;
        if (!zero && DigitAt(run, p) > 0 && p + 1 < run.Length && run[p + 1] == '十')
        {
            value += DigitAt(run, p) * 10;
            p += 2;
            tens = true;
        }
        else if (!zero && !hundreds && p < run.Length && run[p] == '十')
        {
            value += 10;
            p++;
            tens = true;
        }

        if (DigitAt(run, p) > 0)
        {
            if (hundreds && !zero && !tens)
            {
                return -1;
            }

            value += DigitAt(run, p);
            p++;
        }
        else if (zero)
        {
            return -1;
        }

        return p == run.Length && value > 0 ? value : -1;
    }

    private static int DigitAt(ReadOnlySpan<char> run, int k) => k < run.Length ? Digit(run[k]) : -1;
}
