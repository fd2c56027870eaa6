using SkiaSharp;

namespace ParkShare.Web.Sharing.Links;

/// <summary>
/// Typefaces for posters: a CJK-capable one, falling back to Skia's default so a host without CJK
/// fonts renders boxes instead of failing. The font manager is asked first (Noto Sans CJK SC, then
/// whatever it offers for a Chinese character); the Linux "NoDependencies" Skia build we ship has no
/// fontconfig and so an empty font manager, hence the scan of the usual font folders for CJK font
/// files (Debian's fonts-noto-cjk, Source Han, WenQuanYi, Windows' YaHei...). Resolved once per
/// process; typefaces are immutable and shared.
/// </summary>
internal static class PosterFonts
{
    /// <summary>A common Chinese character that any font able to set a poster must contain.</summary>
    public const char CjkProbe = '停';

    private const string PreferredFamily = "Noto Sans CJK SC";

    private static readonly string[] FileNameHints = ["CJK", "SourceHan", "wqy", "WenQuanYi", "msyh", "simhei", "PingFang", "Hiragino"];
    private static readonly string[] FontExtensions = [".ttc", ".otc", ".otf", ".ttf"];

    private static readonly Lazy<SKTypeface> LazyRegular = new(() => Resolve(SKFontStyle.Normal));
    private static readonly Lazy<SKTypeface> LazyBold = new(() => Resolve(SKFontStyle.Bold));

    public static SKTypeface Regular => LazyRegular.Value;

    public static SKTypeface Bold => LazyBold.Value;

    /// <summary>Whether the typeface has a real glyph (not the missing-glyph box) for the character.</summary>
    public static bool HasGlyph(SKTypeface typeface, char character)
    {
        using var font = new SKFont(typeface);
        return font.ContainsGlyph(character);
    }

    private static SKTypeface Resolve(SKFontStyle style)
    {
        var manager = SKFontManager.Default;
        var typeface = Keep(manager.MatchFamily(PreferredFamily, style))
            ?? Keep(manager.MatchCharacter(PreferredFamily, style, ["zh-Hans"], CjkProbe))
            ?? FromFontFiles(style);
        return typeface ?? SKTypeface.Default;
    }

    private static SKTypeface? Keep(SKTypeface? candidate)
    {
        if (candidate is not null && HasGlyph(candidate, CjkProbe))
        {
            return candidate;
        }

        candidate?.Dispose();
        return null;
    }

    /// <summary>The best CJK face in the usual font folders: the preferred family, then a sans, at the closest weight.</summary>
    private static SKTypeface? FromFontFiles(SKFontStyle style)
    {
        SKTypeface? best = null;
        var bestScore = int.MaxValue;
        foreach (var file in CandidateFiles())
        {
            // A collection (.ttc) holds several faces; FromFile answers null past the last one.
            for (var index = 0; index < 64; index++)
            {
                var face = SKTypeface.FromFile(file, index);
                if (face is null)
                {
                    break;
                }

                var score = Score(face, style);
                if (score < bestScore && HasGlyph(face, CjkProbe))
                {
                    best?.Dispose();
                    (best, bestScore) = (face, score);
                    if (score == 0)
                    {
                        return best;
                    }
                }
                else
                {
                    face.Dispose();
                }
            }
        }

        return best;
    }

    private static int Score(SKTypeface face, SKFontStyle style)
    {
        var family = face.FamilyName ?? string.Empty;
        var kind = family == PreferredFamily ? 0
            : family.Contains("Sans", StringComparison.OrdinalIgnoreCase) && !family.Contains("Mono", StringComparison.OrdinalIgnoreCase) ? 1
            : 2;
        return kind * 10_000 + Math.Abs(face.FontStyle.Weight - style.Weight);
    }

    private static List<string> CandidateFiles()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        string[] folders =
        [
            "/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(home, ".local/share/fonts"), Path.Combine(home, ".fonts"),
            "/System/Library/Fonts", "/Library/Fonts", Environment.GetFolderPath(Environment.SpecialFolder.Fonts),
        ];
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MaxRecursionDepth = 4 };
        return folders
            .Where(folder => folder.Length > 0 && Directory.Exists(folder))
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", options))
            .Where(file => FontExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase)
                && FileNameHints.Any(hint => Path.GetFileName(file).Contains(hint, StringComparison.OrdinalIgnoreCase)))
            .Distinct()
            .OrderBy(file => Path.GetFileName(file).Contains("Sans", StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(file => file, StringComparer.Ordinal)
            .ToList();
    }
}
