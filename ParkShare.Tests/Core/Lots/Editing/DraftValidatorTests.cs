using ParkShare.Core.Geometry;
using ParkShare.Core.Lots.Editing;

namespace ParkShare.Tests.Core.Lots.Editing;

public sealed class DraftValidatorTests
{
    private static LevelDraft GoodRow() => Drafts.WithZoneAndAisle().AddRow(new RowSpec(new Point2(5, 10), 0, 4, Prefix: "B4-A-"));

    [Fact]
    public void Validate_RowAlongAWalkwayInsideZoneAndOutline_NoIssues()
    {
        Assert.Empty(DraftValidator.Validate(GoodRow()));
    }

    [Fact]
    public void Validate_TwoSpacesOnTopOfEachOther_OverlapWarningNamingBoth()
    {
        var draft = GoodRow().AddRow(new RowSpec(new Point2(5, 11), 0, 1, Prefix: "B4-A-", StartNumber: 9));

        var issue = Assert.Single(DraftValidator.Validate(draft), i => i.Kind == DraftIssueKind.Overlap);
        Assert.False(issue.Blocking);
        Assert.Contains("B4-A-009", new[] { issue.Element, issue.Other });
        Assert.Equal(new ParkShare.Core.Geometry.Envelope2(5, 10, 7.5, 16.3), issue.Bounds);
    }

    [Fact]
    public void Validate_SameCodeInOtherCaseOrOnAnotherLevel_DuplicateBlocks()
    {
        var draft = GoodRow();
        var first = draft.Spaces[0];
        draft = draft.UpdateSpace(draft.Spaces[1].Id, "b4-a-001", "", first.Kind, true);

        var issues = DraftValidator.Validate(draft, ["B4-A-003"]);

        Assert.Equal(3, issues.Count(i => i.Kind == DraftIssueKind.DuplicateCode));
        Assert.All(issues.Where(i => i.Kind == DraftIssueKind.DuplicateCode), i => Assert.True(i.Blocking));
    }

    [Theory]
    [InlineData("B4\u0007A", DraftIssueKind.CodeControlCharacters)]
    [InlineData("B4-A-\n01", DraftIssueKind.CodeControlCharacters)]
    [InlineData("   ", DraftIssueKind.EmptyCode)]
    public void Validate_BadCode_Blocks(string code, DraftIssueKind kind)
    {
        var draft = GoodRow();
        var s = draft.Spaces[0];
        draft = draft with { Spaces = [s with { Code = code }, .. draft.Spaces.Skip(1)] };

        var issue = Assert.Single(DraftValidator.Validate(draft), i => i.ElementId == s.Id);
        Assert.Equal(kind, issue.Kind);
        Assert.True(issue.Blocking);
    }

    [Fact]
    public void Validate_FiveHundredCharacterCode_BlocksAndTheMessageNameIsShortened()
    {
        var draft = GoodRow();
        draft = draft.UpdateSpace(draft.Spaces[0].Id, new string('X', 500), "", draft.Spaces[0].Kind, true);

        var issue = Assert.Single(DraftValidator.Validate(draft), i => i.Kind == DraftIssueKind.CodeTooLong);
        Assert.True(issue.Element.Length <= 41);
    }

    [Fact]
    public void Validate_BowTieZoneAndFlatSpace_SelfCrossingAndZeroSizeBlock()
    {
        var draft = GoodRow().AddZone([new(0, 0), new(10, 10), new(10, 0), new(0, 10)]);
        draft = draft.ResizeSpace(draft.Spaces[0].Id, draft.Spaces[0].Polygon.Points[1]);

        var issues = DraftValidator.Validate(draft);

        Assert.Contains(issues, i => i.Kind == DraftIssueKind.SelfCrossing && i.ElementId == draft.Zones[1].Id && i.Blocking);
        Assert.Contains(issues, i => i.Kind == DraftIssueKind.ZeroSize && i.ElementId == draft.Spaces[0].Id && i.Blocking);
    }

    [Fact]
    public void Validate_SpaceOutsideOutlineAndZones_WarnsBoth()
    {
        var draft = GoodRow().AddRow(new RowSpec(new Point2(58.5, 30), 0, 1, Prefix: "B4-X-"));
        var outside = draft.Spaces[^1];

        var issues = DraftValidator.Validate(draft).Where(i => i.ElementId == outside.Id).ToList();

        Assert.Contains(issues, i => i.Kind == DraftIssueKind.OutsideOutline && !i.Blocking);
        Assert.DoesNotContain(issues, i => i.Kind == DraftIssueKind.OutsideZone);
        var elsewhere = draft.Move([outside.Id], 20, 0);
        Assert.Contains(DraftValidator.Validate(elsewhere), i => i.Kind == DraftIssueKind.OutsideZone && i.ElementId == outside.Id);
    }

    [Fact]
    public void Validate_SpaceFarFromWalkwaysOrWalkwayCutFromElevator_Unreachable()
    {
        var far = GoodRow().AddRow(new RowSpec(new Point2(30, 33), 0, 1, Prefix: "B4-A-", StartNumber: 30));
        Assert.Equal(far.Spaces[^1].Id, Assert.Single(DraftValidator.Validate(far), i => i.Kind == DraftIssueKind.Unreachable).ElementId);

        var cut = GoodRow();
        cut = cut.Remove([cut.Landmarks[0].Id]);
        Assert.Equal(4, DraftValidator.Validate(cut).Count(i => i.Kind == DraftIssueKind.Unreachable));
    }

    [Fact]
    public void Validate_TwoThousandSpaces_FastEnoughForEveryEdit()
    {
        var draft = Drafts.Empty() with { Outline = Polygon2.Rectangle(0, 0, 600, 400) };
        for (var r = 0; r < 20; r++)
        {
            draft = draft.AddRow(new RowSpec(new Point2(1, 1 + (r * 12)), 0, 100, Prefix: $"R{r}-"));
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var issues = DraftValidator.Validate(draft);

        Assert.Equal(2000, draft.Spaces.Count);
        Assert.DoesNotContain(issues, i => i.Kind == DraftIssueKind.Overlap);
        Assert.True(watch.ElapsedMilliseconds < 2000, $"{watch.ElapsedMilliseconds} ms");
    }
}
