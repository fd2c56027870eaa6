using Bunit;
using ParkShare.Web.Lots;

namespace ParkShare.Tests.Web.Lots;

public sealed class LevelFormTests : LotAdminComponentTest
{
    [Theory]
    [InlineData("B 2", "-2", "LotEdit.Error.NameInvalid")]
    [InlineData("b1", "-2", "LotEdit.Error.LevelNameTaken")]
    [InlineData("B2", "-1", "LotEdit.Error.OrdinalTaken")]
    public async Task Add_BadNameOrFloor_ShowsMessageAndWritesNothing(string name, string ordinal, string key)
    {
        var cut = Render<LevelForm>(ps => ps.Add(p => p.LotId, LotId));
        cut.Find("#level-add-name").Change(name);
        cut.Find("#level-add-ordinal").Change(ordinal);

        cut.Find("[data-testid=level-add-submit]").Click();

        cut.WaitForAssertion(() => Assert.Contains(Text<LevelForm>(key), cut.Markup, StringComparison.Ordinal));
        Assert.Equal((1, 1, 0), await CountsAsync());
    }

    [Fact]
    public async Task Add_ZeroWidth_ShowsSizeMessageAndWritesNothing()
    {
        var cut = Render<LevelForm>(ps => ps.Add(p => p.LotId, LotId));
        cut.Find("#level-add-name").Change("B2");
        cut.Find("#level-add-ordinal").Change("-2");
        cut.Find("#level-add-width").Change("0");

        cut.Find("[data-testid=level-add-submit]").Click();

        cut.WaitForAssertion(() => Assert.Contains(Text<LevelForm>("LotEdit.Error.SizeOutOfRange", 1d, 2000d), cut.Markup, StringComparison.Ordinal));
        Assert.Equal((1, 1, 0), await CountsAsync());
    }

    [Fact]
    public async Task Copy_ValidTarget_AddsTheLevelAndRecordsIt()
    {
        Guid? saved = null;
        var cut = Render<LevelForm>(ps => ps.Add(p => p.LotId, LotId).Add(p => p.SourceLevelId, B1).Add(p => p.SourceName, "B1").Add(p => p.OnSaved, id => saved = id));
        cut.Find("#level-copy-name").Change("B2");
        cut.Find("#level-copy-ordinal").Change("-2");

        cut.Find("[data-testid=level-copy-submit]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(saved));
        Assert.Equal((1, 2, 1), await CountsAsync());
    }
}
