using ParkShare.Core.Geometry;
using ParkShare.Core.Lots;
using ParkShare.Core.Lots.Editing;

namespace ParkShare.Tests.Core.Lots.Editing;

public sealed class DraftHistoryTests
{
    [Fact]
    public void UndoRedo_EveryToolStep_RestoresEachDraftExactly()
    {
        var start = Drafts.Empty();
        var history = new DraftHistory(start);
        var steps = new List<LevelDraft> { start };
        void Do(Func<LevelDraft, LevelDraft> tool)
        {
            Assert.True(history.Apply(tool(history.Current)));
            steps.Add(history.Current);
        }

        Do(d => d.WithOutline(Drafts.Square(0, 0, 80, 50)));
        Do(d => d.AddZone(Drafts.Square(0, 0, 40, 50)));
        Do(d => d.AddRow(new RowSpec(new Point2(2, 2), 0, 10)));
        Do(d => d.AddLandmark(LandmarkKind.Elevator, new Point2(1, 1)));
        Do(d => d.AddWalkway(new Point2(1, 1), new Point2(30, 1)));
        Do(d => d.Move(d.Ids().Take(3).ToList(), 1, 2));
        Do(d => d.Rotate(d.Ids().Take(1).ToList(), 90));
        Do(d => d.Renumber(d.Ids(), "Z-", 5));
        Do(d => d.Remove([d.Spaces[0].Id, d.Nodes[0].Id]));

        for (var i = steps.Count - 2; i >= 0; i--)
        {
            Assert.True(history.Undo());
            Assert.Equal(steps[i], history.Current);
        }

        Assert.False(history.Undo());
        for (var i = 1; i < steps.Count; i++)
        {
            Assert.True(history.Redo());
            Assert.Equal(steps[i], history.Current);
        }

        Assert.False(history.Redo());
    }

    [Fact]
    public void Apply_NoChangeOrAfterUndo_NoStepAndRedoCleared()
    {
        var history = new DraftHistory(Drafts.Empty());
        Assert.False(history.Apply(history.Current.Move([Guid.NewGuid()], 1, 1)));
        Assert.False(history.CanUndo);

        history.Apply(history.Current.AddLandmark(LandmarkKind.Stairs, new Point2(3, 3)));
        history.Undo();
        history.Apply(history.Current.AddLandmark(LandmarkKind.Ramp, new Point2(4, 4)));

        Assert.False(history.CanRedo);
        Assert.Equal(LandmarkKind.Ramp, Assert.Single(history.Current.Landmarks).Kind);
    }
}
