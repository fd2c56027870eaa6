using ParkShare.Core.Drivers;

namespace ParkShare.Tests.Core.Drivers;

/// <summary>Chosen names: trimmed and kept as typed (emoji sequences count once), refused when empty, overlong or hiding characters.</summary>
public sealed class PersonNameTests
{
    [Theory]
    [InlineData("  小王 ", "小王")]
    [InlineData("Anna-Lena", "Anna-Lena")]
    [InlineData("👨‍👩‍👧 一家", "👨‍👩‍👧 一家")]
    [InlineData("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二")]
    public void Normalize_Acceptable_TrimmedName(string input, string expected)
    {
        Assert.Equal(PersonNameError.None, PersonName.Normalize(input, out var name));
        Assert.Equal(expected, name);
    }

    [Theory]
    [InlineData(null, PersonNameError.Empty)]
    [InlineData("", PersonNameError.Empty)]
    [InlineData(" \u3000 ", PersonNameError.Empty)]
    [InlineData("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三", PersonNameError.TooLong)]
    [InlineData("a\nb", PersonNameError.ControlCharacter)]
    [InlineData("a\tb", PersonNameError.ControlCharacter)]
    [InlineData("a\u0000b", PersonNameError.ControlCharacter)]
    [InlineData("abc\u202Egpj.exe", PersonNameError.ControlCharacter)]
    [InlineData("a\u2028b", PersonNameError.ControlCharacter)]
    public void Normalize_Refused_SaysWhy(string? input, PersonNameError error) => Assert.Equal(error, PersonName.Normalize(input, out _));

    [Fact]
    public void DriverReference_TimeOrderedIds_DifferInTheirReferences()
    {
        var (a, b) = (Guid.CreateVersion7(), Guid.CreateVersion7());

        Assert.Equal(a.ToString()[..8], b.ToString()[..8]);
        Assert.NotEqual(DriverReference.For(a), DriverReference.For(b));
        Assert.Matches("^#[0-9A-F]{4}-[0-9A-F]{4}$", DriverReference.For(a));
    }
}
