using ParkShare.Core.Refinement;

namespace ParkShare.Core.Lots;

public sealed partial class LotMap
{
    private readonly Dictionary<SpaceKey, SpaceEntry> _byKey = [];
    private readonly Dictionary<int, List<SpaceEntry>> _byNumber = [];
    private readonly Dictionary<string, SpaceEntry> _byCompactCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LandmarkEntry> _byMarker = new(StringComparer.Ordinal);
    private Dictionary<string, SpaceEntry>.AlternateLookup<ReadOnlySpan<char>> _codeLookup;
    private Dictionary<string, LandmarkEntry>.AlternateLookup<ReadOnlySpan<char>> _markerLookup;

    /// <summary>Looks up a typed space code: the lot's own code first (any form), then the grammar.</summary>
    public SpaceCodeMatch FindByCode(ReadOnlySpan<char> text)
    {
        Span<char> compact = stackalloc char[SpaceCodeTokenizer.MaxLength];
        var length = Compact(text, compact);
        if (length > 0 && _codeLookup.TryGetValue(compact[..length], out var exact))
        {
            return new SpaceCodeMatch(SpaceCodeMatchStatus.Resolved, exact, default);
        }

        var parsed = SpaceCodeParser.Parse(text);
        switch (parsed.Status)
        {
            case SpaceCodeParseStatus.Invalid:
                return new SpaceCodeMatch(SpaceCodeMatchStatus.Invalid, null, parsed);
            case SpaceCodeParseStatus.Incomplete:
                return new SpaceCodeMatch(SpaceCodeMatchStatus.Incomplete, null, parsed);
        }

        if (parsed is { LevelSignKnown: true, Level: { } ordinal, HasZone: true })
        {
            return _byKey.TryGetValue(new SpaceKey(ordinal, parsed.Zone, parsed.Number), out var hit)
                ? new SpaceCodeMatch(SpaceCodeMatchStatus.Resolved, hit, parsed)
                : new SpaceCodeMatch(SpaceCodeMatchStatus.NotFound, null, parsed);
        }

        SpaceEntry? only = null;
        var count = 0;
        if (_byNumber.TryGetValue(parsed.Number, out var sameNumber))
        {
            foreach (var s in sameNumber)
            {
                if (Fits(s, parsed) && ++count == 1)
                {
                    only = s;
                }
            }
        }

        return count switch
        {
            0 => new SpaceCodeMatch(SpaceCodeMatchStatus.NotFound, null, parsed),
            1 => new SpaceCodeMatch(SpaceCodeMatchStatus.Resolved, only, parsed),
            _ => new SpaceCodeMatch(SpaceCodeMatchStatus.Ambiguous, null, parsed),
        };
    }

    /// <summary>Every space a partial or ambiguous code could mean, ranked: level from the top, then zone, then number.</summary>
    public IReadOnlyList<SpaceEntry> CandidatesFor(ParsedSpaceCode parsed, int max)
    {
        IEnumerable<SpaceEntry> pool = parsed.HasNumber
            ? _byNumber.GetValueOrDefault(parsed.Number) ?? []
            : Spaces;
        return [.. pool.Where(s => Fits(s, parsed))
            .OrderByDescending(s => s.Level.Ordinal)
            .ThenBy(s => s.Zone?.Code, StringComparer.Ordinal)
            .ThenBy(s => s.Number)
            .Take(max)];
    }

    /// <summary>The pillar (or other landmark) whose printed marker code this is.</summary>
    public LandmarkEntry? FindMarker(ReadOnlySpan<char> text)
    {
        Span<char> compact = stackalloc char[SpaceCodeTokenizer.MaxLength];
        var length = Compact(text, compact);
        return length > 0 && _markerLookup.TryGetValue(compact[..length], out var hit) ? hit : null;
    }

    /// <summary>A space marker encodes the space's own code.</summary>
    public SpaceEntry? FindSpaceMarker(ReadOnlySpan<char> text)
    {
        Span<char> compact = stackalloc char[SpaceCodeTokenizer.MaxLength];
        var length = Compact(text, compact);
        return length > 0 && _codeLookup.TryGetValue(compact[..length], out var hit) ? hit : null;
    }

    private static bool Fits(SpaceEntry s, ParsedSpaceCode p) =>
        (!p.HasNumber || s.Number == p.Number)
        && (!p.HasZone || (s.Zone is { Code.Length: 1 } z && z.Code[0] == p.Zone))
        && (p.Level is not { } level || s.Level.Ordinal == level || (!p.LevelSignKnown && s.Level.Ordinal == -level));

    /// <summary>Folds case and full-width forms and drops separators: "b2-c-017" → "B2C017". 0 when too long.</summary>
    private static int Compact(ReadOnlySpan<char> text, Span<char> buffer)
    {
        var n = 0;
        foreach (var raw in text)
        {
            var c = SpaceCodeTokenizer.Fold(raw);
            if (char.IsWhiteSpace(c) || c is '-' or '_' or '.' or '/' or ':' or '#' or '·' or '—' or '–')
            {
                continue;
            }

            if (n == buffer.Length)
            {
                return 0;
            }

            buffer[n++] = c;
        }

        return n;
    }

    private void BuildCodeIndexes()
    {
        Span<char> compact = stackalloc char[SpaceCodeTokenizer.MaxLength];
        foreach (var s in Spaces)
        {
            var length = Compact(s.Code, compact);
            if (length > 0)
            {
                _byCompactCode.TryAdd(new string(compact[..length]), s);
            }

            if (s.Number is { } number and > 0)
            {
                if (s.Zone is { Code.Length: 1 } zone)
                {
                    _byKey.TryAdd(new SpaceKey(s.Level.Ordinal, zone.Code[0], number), s);
                }

                if (!_byNumber.TryGetValue(number, out var list))
                {
                    _byNumber[number] = list = [];
                }

                list.Add(s);
            }
        }

        foreach (var landmark in Levels.SelectMany(l => l.Landmarks).Where(l => l.MarkerCode is not null))
        {
            var length = Compact(landmark.MarkerCode, compact);
            if (length > 0)
            {
                _byMarker.TryAdd(new string(compact[..length]), landmark);
            }
        }

        _codeLookup = _byCompactCode.GetAlternateLookup<ReadOnlySpan<char>>();
        _markerLookup = _byMarker.GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
