using ParkShare.Core.Geometry;

namespace ParkShare.Core.Lots;

/// <summary>A point of the pedestrian walkway graph, optionally standing at a landmark.</summary>
public sealed class WalkwayNode
{
    private WalkwayNode()
    {
    }

    internal WalkwayNode(Guid levelId, Point2 point, Guid? landmarkId, Guid? id = null)
    {
        Id = id ?? Guid.CreateVersion7();
        LevelId = levelId;
        X = point.X;
        Y = point.Y;
        LandmarkId = landmarkId;
    }

    public Guid Id { get; private set; }

    public Guid LevelId { get; private set; }

    public double X { get; private set; }

    public double Y { get; private set; }

    public Guid? LandmarkId { get; private set; }

    public Point2 Point => new(X, Y);

    public void MoveTo(Point2 point)
    {
        X = point.X;
        Y = point.Y;
    }

    public void AttachTo(Guid? landmarkId) => LandmarkId = landmarkId;
}
