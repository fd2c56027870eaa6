using ParkShare.Core.Lots.History;

namespace ParkShare.Core.Lots.FloorPlans;

/// <summary>
/// A level's floor-plan image (one per level; a new upload replaces the old one) and where it lies on the
/// level. The image is stored re-encoded, so it holds no metadata from the uploaded file.
/// </summary>
public sealed class FloorPlan
{
    public const int MaxContentTypeLength = 32;
    public const int HashLength = 32;
    public const double DefaultOpacity = 0.6;

    private FloorPlan()
    {
        Image = [];
        ContentType = ContentHash = UploadedBy = string.Empty;
    }

    internal FloorPlan(Guid levelId, FloorPlanImage image, ConsoleActor actor, DateTime atUtc, FloorPlanTransform transform)
        : this()
    {
        Id = Guid.CreateVersion7();
        LevelId = levelId;
        Replace(image, actor, atUtc, transform);
    }

    public Guid Id { get; private set; }

    public Guid LevelId { get; private set; }

    public byte[] Image { get; private set; }

    public string ContentType { get; private set; }

    public int PixelWidth { get; private set; }

    public int PixelHeight { get; private set; }

    public string ContentHash { get; private set; }

    public DateTime UploadedAtUtc { get; private set; }

    /// <summary>The uploader's display name at the time, as the lot history names them.</summary>
    public string UploadedBy { get; private set; }

    public double MetersPerPixel { get; private set; }

    public double RotationDegrees { get; private set; }

    public double OffsetX { get; private set; }

    public double OffsetY { get; private set; }

    /// <summary>How opaque the editor draws the image under the geometry, 0 to 1.</summary>
    public double Opacity { get; private set; }

    public FloorPlanTransform Transform => new(MetersPerPixel, RotationDegrees, OffsetX, OffsetY);

    public static bool IsValidOpacity(double opacity) => double.IsFinite(opacity) && opacity is >= 0 and <= 1;

    /// <summary>A new image in place of the old one, placed afresh (a new scan need not share the old one's scale).</summary>
    internal void Replace(FloorPlanImage image, ConsoleActor actor, DateTime atUtc, FloorPlanTransform transform)
    {
        if (image.ContentType is not (FloorPlanImage.Png or FloorPlanImage.Jpeg) || image.Width <= 0 || image.Height <= 0 || image.Bytes.Length == 0)
        {
            throw new ArgumentException("A floor plan is a re-encoded PNG or JPEG with a size.", nameof(image));
        }

        Image = image.Bytes;
        ContentType = image.ContentType;
        PixelWidth = image.Width;
        PixelHeight = image.Height;
        ContentHash = image.Hash();
        UploadedAtUtc = atUtc;
        UploadedBy = actor.DisplayName.Length <= LotChange.MaxUserLength ? actor.DisplayName : actor.DisplayName[..LotChange.MaxUserLength];
        if (!Place(transform, DefaultOpacity))
        {
            throw new ArgumentException("The initial placement is out of range.", nameof(transform));
        }
    }

    /// <summary>Moves, turns, scales or fades the image; false (nothing changed) when a value is out of range.</summary>
    internal bool Place(FloorPlanTransform transform, double opacity)
    {
        if (!transform.IsValid || !IsValidOpacity(opacity))
        {
            return false;
        }

        MetersPerPixel = transform.MetersPerPixel;
        RotationDegrees = FloorPlanTransform.Normalized(transform.RotationDegrees);
        OffsetX = transform.OffsetX;
        OffsetY = transform.OffsetY;
        Opacity = opacity;
        return true;
    }

    internal FloorPlanInfo ToInfo() =>
        new(LevelId, PixelWidth, PixelHeight, ContentType, ContentHash, UploadedAtUtc, UploadedBy, Transform, Opacity);
}
