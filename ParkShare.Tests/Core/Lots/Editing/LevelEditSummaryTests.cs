using ParkShare.Core.Lots.Editing;

namespace ParkShare.Tests.Core.Lots.Editing;

/// <summary>The history's stored form of a level save reads back into the same summary, so it can be shown in words.</summary>
public sealed class LevelEditSummaryTests
{
    [Fact]
    public void TryParse_WhatToStringWrote_SameSummary()
    {
        var summary = new LevelEditSummary("B3", true, default, new ElementChanges(5, 2, 1), default, new ElementChanges(3, 0, 0), new ElementChanges(0, 0, 4));

        Assert.True(LevelEditSummary.TryParse(summary.ToString(), out var read));
        Assert.Equal(summary, read);
        Assert.True(LevelEditSummary.TryParse("B3: no change", out var none));
        Assert.False(none.Any);
    }

    [Theory]
    [InlineData("B1 → B2")]
    [InlineData("B3: spaces +5 ~0")]
    [InlineData("B3: trees +1 ~0 -0")]
    [InlineData("")]
    public void TryParse_OtherText_False(string text) => Assert.False(LevelEditSummary.TryParse(text, out _));
}
