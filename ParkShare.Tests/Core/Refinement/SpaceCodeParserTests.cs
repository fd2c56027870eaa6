using ParkShare.Core.Refinement;

namespace ParkShare.Tests.Core.Refinement;

public class SpaceCodeParserTests
{
    [Theory]
    [InlineData("B2-C-017", -2, 'C', 17)]
    [InlineData("b2c17", -2, 'C', 17)]
    [InlineData("Ｂ２－Ｃ－０１７", -2, 'C', 17)]
    [InlineData("负二层C区17号", -2, 'C', 17)]
    [InlineData("地下二层C区017号车位", -2, 'C', 17)]
    [InlineData("负2层C区17号", -2, 'C', 17)]
    [InlineData("B2层C区17号", -2, 'C', 17)]
    [InlineData("负二层Ｃ区十七号", -2, 'C', 17)]
    [InlineData("Level B2 Zone C No 17", -2, 'C', 17)]
    [InlineData("负三层F区四十八号", -3, 'F', 48)]
    [InlineData("负一层A区二十三号", -1, 'A', 23)]
    [InlineData("-2层C区17号", -2, 'C', 17)]
    [InlineData("−2-C-17", -2, 'C', 17)]
    public void Parse_BasementCode_ReadsSignedLevelZoneAndNumber(string input, int level, char zone, int number)
    {
        var parsed = SpaceCodeParser.Parse(input);

        Assert.Equal(new ParsedSpaceCode(SpaceCodeParseStatus.Parsed, level, true, zone, number), parsed);
    }

    [Theory]
    [InlineData("二楼A区5号", 2, 'A', 5)]
    [InlineData("2楼A区5号", 2, 'A', 5)]
    [InlineData("2层A区005号", 2, 'A', 5)]
    [InlineData("1F-A-5", 1, 'A', 5)]
    [InlineData("2F A 5", 2, 'A', 5)]
    [InlineData("F2-A-5", 2, 'A', 5)]
    [InlineData("L3-C-5", 3, 'C', 5)]
    [InlineData("Level 2F Zone A No 5", 2, 'A', 5)]
    [InlineData("三楼B区十二号", 3, 'B', 12)]
    public void Parse_AboveGroundCode_ReadsPositiveLevelWithKnownSign(string input, int level, char zone, int number)
    {
        var parsed = SpaceCodeParser.Parse(input);

        Assert.Equal(new ParsedSpaceCode(SpaceCodeParseStatus.Parsed, level, true, zone, number), parsed);
    }

    [Theory]
    [InlineData("3层", 3)]
    [InlineData("二楼", 2)]
    [InlineData("1F", 1)]
    [InlineData("负二层", -2)]
    [InlineData("地下二层", -2)]
    public void Parse_LevelOnly_IsIncompleteWithThatLevel(string input, int level)
    {
        var parsed = SpaceCodeParser.Parse(input);

        Assert.Equal(SpaceCodeParseStatus.Incomplete, parsed.Status);
        Assert.Equal(level, parsed.Level);
        Assert.True(parsed.LevelSignKnown);
        Assert.False(parsed.HasZone);
        Assert.False(parsed.HasNumber);
    }

    [Fact]
    public void Parse_LevelAndZoneWithoutNumber_IsIncompleteWithZone()
    {
        var parsed = SpaceCodeParser.Parse("负二层C区");

        Assert.Equal(new ParsedSpaceCode(SpaceCodeParseStatus.Incomplete, -2, true, 'C', 0), parsed);
    }

    [Theory]
    [InlineData("2C17", 2, 'C', 17)]
    [InlineData("2-C-017", 2, 'C', 17)]
    [InlineData("Level 2 Zone C No 17", 2, 'C', 17)]
    public void Parse_UnsignedLevel_LeavesSignUnknown(string input, int level, char zone, int number)
    {
        var parsed = SpaceCodeParser.Parse(input);

        Assert.Equal(new ParsedSpaceCode(SpaceCodeParseStatus.Parsed, level, false, zone, number), parsed);
    }

    [Theory]
    [InlineData("C17", 'C', 17)]
    [InlineData("C区十七号", 'C', 17)]
    [InlineData("B17", 'B', 17)]
    [InlineData("F17", 'F', 17)]
    [InlineData("第17号", '\0', 17)]
    [InlineData("17号车位", '\0', 17)]
    public void Parse_NoLevel_ReadsZoneAndNumberOnly(string input, char zone, int number)
    {
        var parsed = SpaceCodeParser.Parse(input);

        Assert.Equal(SpaceCodeParseStatus.Parsed, parsed.Status);
        Assert.Null(parsed.Level);
        Assert.Equal(zone, parsed.Zone);
        Assert.Equal(number, parsed.Number);
    }

    [Theory]
    [InlineData("十七", 17)]
    [InlineData("二十三", 23)]
    [InlineData("四十八", 48)]
    [InlineData("十", 10)]
    [InlineData("一十七", 17)]
    [InlineData("一七", 17)]
    [InlineData("零一七", 17)]
    [InlineData("一百零五", 105)]
    [InlineData("一百一十", 110)]
    [InlineData("两百", 200)]
    public void Parse_ChineseNumeral_ReadsItsValue(string numeral, int value)
    {
        var parsed = SpaceCodeParser.Parse("C区" + numeral + "号");

        Assert.Equal(SpaceCodeParseStatus.Parsed, parsed.Status);
        Assert.Equal(value, parsed.Number);
    }

    [Theory]
    [InlineData("十七七")]
    [InlineData("二十三三")]
    [InlineData("十十七")]
    [InlineData("二十二十")]
    [InlineData("十七十")]
    [InlineData("二十零")]
    [InlineData("一百二")]
    [InlineData("九九九九九九九九九九九九")]
    public void Parse_MalformedChineseNumeral_IsInvalid(string numeral)
    {
        var parsed = SpaceCodeParser.Parse("负二层C区" + numeral + "号");

        Assert.Equal(SpaceCodeParseStatus.Invalid, parsed.Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("B2-C-O17")]
    [InlineData("BB2-C-017")]
    [InlineData("B2-CC-017")]
    [InlineData("B2-C-017-5")]
    [InlineData("B2-C-017!")]
    [InlineData("B2-C-000")]
    [InlineData("B0-C-017")]
    [InlineData("零层C区17号")]
    [InlineData("В2-С-017")]
    [InlineData("C-017-B2")]
    [InlineData("17C")]
    [InlineData("B2-C-1234567")]
    public void Parse_NotASpaceCode_IsInvalid(string input)
    {
        Assert.Equal(SpaceCodeParseStatus.Invalid, SpaceCodeParser.Parse(input).Status);
    }

    [Fact]
    public void Parse_InputLongerThanLimit_IsInvalid()
    {
        var input = "B2-C-017" + new string(' ', 100);

        Assert.Equal(SpaceCodeParseStatus.Invalid, SpaceCodeParser.Parse(input).Status);
    }
}
