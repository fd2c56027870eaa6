using K = ParkShare.Core.Refinement.SpaceCodeTokenKind;

namespace ParkShare.Core.Refinement;

/// <summary>
/// The tolerant space-code grammar: "B2-C-017", "b2c17", "负二层C区17号", "地下2层C区017号车位",
/// "2F A 5", "二楼A区5号", "L3-C-5", "C17" (no level), "17号" (number only). Anything it cannot
/// read whole is Invalid: a wrong space is worse than no answer.
/// </summary>
public static class SpaceCodeParser
{
    public static ParsedSpaceCode Parse(ReadOnlySpan<char> input)
    {
        Span<SpaceCodeToken> buffer = stackalloc SpaceCodeToken[SpaceCodeTokenizer.MaxTokens];
        var count = SpaceCodeTokenizer.Tokenize(input, buffer);
        if (count <= 0)
        {
            return ParsedSpaceCode.Invalid;
        }

        ReadOnlySpan<SpaceCodeToken> t = buffer[..count];
        var withLevel = ParseWithLevel(t);
        if (withLevel.Status == SpaceCodeParseStatus.Parsed)
        {
            return withLevel;
        }

        // "B17" is zone B, space 17 rather than an incomplete level B17.
        var withoutLevel = ParseRest(t, 0, null, true);
        return withoutLevel.Status == SpaceCodeParseStatus.Parsed || withLevel.Status == SpaceCodeParseStatus.Invalid
            ? withoutLevel
            : withLevel;
    }

    private static ParsedSpaceCode ParseWithLevel(ReadOnlySpan<SpaceCodeToken> t)
    {
        var p = 0;
        var levelWord = At(t, 0).Kind == K.LevelWord;
        if (levelWord)
        {
            p++;
        }

        var a = At(t, p);
        var b = At(t, p + 1);
        var c = At(t, p + 2);
        if (a.Kind == K.Basement && b.Kind == K.Number)
        {
            return ParseRest(t, SkipFloorSuffix(t, p + 2), -b.Value, true);
        }

        if (a.Kind == K.Letter && a.Letter is 'B' && b.Kind == K.Number)
        {
            return ParseRest(t, SkipFloorSuffix(t, p + 2), -b.Value, true);
        }

        if (a.Kind == K.Letter && a.Letter is 'F' or 'L' && b.Kind == K.Number)
        {
            return ParseRest(t, SkipFloorSuffix(t, p + 2), b.Value, true);
        }

        if (a.Kind == K.Number && b.Kind == K.FloorSuffix)
        {
            return ParseRest(t, p + 2, a.Value, true);
        }

        if (a.Kind == K.Number && b is { Kind: K.Letter, Letter: 'F' } && c.Kind is K.End or K.Letter)
        {
            return ParseRest(t, p + 2, a.Value, true);
        }

        if (a.Kind == K.Number && (levelWord || (b.Kind == K.Letter && c.Kind == K.Number)))
        {
            // A bare number before the zone: B2 or 2F, the refiner offers both.
            return ParseRest(t, p + 1, a.Value, false);
        }

        return ParsedSpaceCode.Invalid;
    }

    private static int SkipFloorSuffix(ReadOnlySpan<SpaceCodeToken> t, int p) => At(t, p).Kind == K.FloorSuffix ? p + 1 : p;

    private static ParsedSpaceCode ParseRest(ReadOnlySpan<SpaceCodeToken> t, int p, int? level, bool signKnown)
    {
        if (level is 0 || level is < -99 or > 199)
        {
            return ParsedSpaceCode.Invalid;
        }

        var zone = '\0';
        if (At(t, p).Kind == K.Letter)
        {
            zone = t[p].Letter;
            p++;
            if (At(t, p).Kind == K.ZoneSuffix)
            {
                p++;
            }
        }

        var number = 0;
        if (At(t, p).Kind == K.Number)
        {
            number = t[p].Value;
            p++;
            if (At(t, p).Kind == K.NumberSuffix)
            {
                p++;
            }

            if (number == 0)
            {
                return ParsedSpaceCode.Invalid;
            }
        }

        if (p != t.Length || (number == 0 && zone == '\0' && level is null))
        {
            return ParsedSpaceCode.Invalid;
        }

        var status = number > 0 ? SpaceCodeParseStatus.Parsed : SpaceCodeParseStatus.Incomplete;
        return new ParsedSpaceCode(status, level, signKnown, zone, number);
    }

    private static SpaceCodeToken At(ReadOnlySpan<SpaceCodeToken> t, int i) =>
        i < t.Length ? t[i] : SpaceCodeToken.Of(K.End);
}
