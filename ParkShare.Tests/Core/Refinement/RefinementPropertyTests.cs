using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ParkShare.Core.Geometry;
using ParkShare.Core.Lots;
using ParkShare.Core.Refinement;

namespace ParkShare.Tests.Core.Refinement;

public class RefinementPropertyTests
{
    private static readonly PositionRefiner Refiner = new();

    [Property(Arbitrary = [typeof(DemoArbitraries)], MaxTest = 400)]
    public bool Refine_CanonicalCodeOfAnySpace_ResolvesThatSpace(SpaceIndex index)
    {
        var space = DemoLot.Map.Spaces[index.Value];

        var result = Refiner.Refine(DemoLot.Map, new SpaceCodePosition(space.Code));

        return result.Status == RefinementStatus.Resolved && result.Position!.Space.Id == space.Id;
    }

    [Property(Arbitrary = [typeof(DemoArbitraries)], MaxTest = 400)]
    public bool Refine_VariantOfAnySpaceCode_ResolvesThatSpace(SpaceIndex index, CodeVariant variant)
    {
        var space = DemoLot.Map.Spaces[index.Value];
        var text = variant.Apply(space);

        var result = Refiner.Refine(DemoLot.Map, new SpaceCodePosition(text));

        return result.Status == RefinementStatus.Resolved && result.Position!.Space.Id == space.Id;
    }

    [Property(Arbitrary = [typeof(DemoArbitraries)], MaxTest = 400)]
    public bool Refine_PointStrictlyInsideAnySpace_ResolvesThatSpace(SpaceIndex index, Fraction fx, Fraction fy)
    {
        var space = DemoLot.Map.Spaces[index.Value];
        var box = space.Polygon.Envelope;
        var p = new Point2(box.MinX + (fx.Value * box.Width), box.MinY + (fy.Value * box.Height));
        if (!space.Polygon.Contains(p))
        {
            return true;
        }

        var result = Refiner.Refine(DemoLot.Map, new MapPointPosition(space.Level.Id, p.X, p.Y));

        return result.Status == RefinementStatus.Resolved && result.Position!.Space.Id == space.Id;
    }

    [Property(Arbitrary = [typeof(DemoArbitraries)], MaxTest = 300)]
    public bool SpaceAt_PointStrictlyInsideAnySpace_AgreesWithLinearScan(SpaceIndex index, Fraction fx, Fraction fy)
    {
        var space = DemoLot.Map.Spaces[index.Value];
        var box = space.Polygon.Envelope;
        var p = new Point2(box.MinX + (fx.Value * box.Width), box.MinY + (fy.Value * box.Height));

        return space.Level.SpaceAt(p) == space.Level.SpaceAtByLinearScan(p) && space.Level.SpaceAt(p) == space;
    }

    /// <summary>An index into the demo lot's <see cref="LotMap.Spaces"/>.</summary>
    public sealed record SpaceIndex(int Value);

    /// <summary>A fraction in [0.02, 0.98] of a bounding box side.</summary>
    public sealed record Fraction(double Value);

    /// <summary>A way of retyping a canonical code that must still name the same space.</summary>
    public sealed record CodeVariant(string Name, Func<SpaceEntry, string> Apply)
    {
        public override string ToString() => Name;
    }

    public static class DemoArbitraries
    {
        private static readonly CodeVariant[] Variants =
        [
            new("lower case", s => s.Code.ToLowerInvariant()),
            new("no dashes", s => s.Code.Replace("-", string.Empty, StringComparison.Ordinal)),
            new("no dashes, lower case", s => s.Code.Replace("-", string.Empty, StringComparison.Ordinal).ToLowerInvariant()),
            new("spaces", s => s.Code.Replace('-', ' ')),
            new("full width", s => ToFullWidth(s.Code)),
            new("full width, lower case", s => ToFullWidth(s.Code.ToLowerInvariant())),
            new("no leading zeros", s => $"{s.Level.Name}-{s.Zone!.Code}-{s.Number}"),
            new("compact without zeros", s => $"{s.Level.Name}{s.Zone!.Code}{s.Number}"),
            new("Chinese, Arabic number", s => $"负{ChineseNumeral(-s.Level.Ordinal)}层{s.Zone!.Code}区{s.Number}号"),
            new("Chinese, Chinese number", s => $"负{ChineseNumeral(-s.Level.Ordinal)}层{s.Zone!.Code}区{ChineseNumeral(s.Number!.Value)}号"),
            new("地下, 车位", s => $"地下{-s.Level.Ordinal}层{s.Zone!.Code}区{s.Number:000}号车位"),
            new("English keywords", s => $"Level {s.Level.Name} Zone {s.Zone!.Code} No {s.Number}"),
            new("unsigned level", s => $"{-s.Level.Ordinal}{s.Zone!.Code}{s.Number}"),
        ];

        public static Arbitrary<SpaceIndex> SpaceIndex() =>
            Gen.Choose(0, DemoLot.Map.Spaces.Count - 1).Select(i => new SpaceIndex(i)).ToArbitrary();

        public static Arbitrary<Fraction> Fraction() =>
            Gen.Choose(0, 9600).Select(i => new Fraction(0.02 + (i / 10000.0))).ToArbitrary();

        public static Arbitrary<CodeVariant> CodeVariant() => Gen.Elements(Variants).ToArbitrary();

        private static string ToFullWidth(string text) =>
            string.Concat(text.Select(c => c is >= '!' and <= '~' ? (char)(c + 0xFEE0) : c));

        private static string ChineseNumeral(int n)
        {
            const string digits = "零一二三四五六七八九";
            return n switch
            {
                < 10 => digits[n].ToString(),
                10 => "十",
                < 20 => "十" + digits[n % 10],
                _ => digits[n / 10] + "十" + (n % 10 == 0 ? string.Empty : digits[n % 10].ToString()),
            };
        }
    }
}
