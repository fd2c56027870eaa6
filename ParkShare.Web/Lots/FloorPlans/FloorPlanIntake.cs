using ParkShare.Core.Lots.FloorPlans;

namespace ParkShare.Web.Lots.FloorPlans;

/// <summary>The re-encoded floor plan, or why the upload is not one.</summary>
public sealed record FloorPlanIntake(FloorPlanImage? Image, FloorPlanImageError Error)
{
    public static FloorPlanIntake Ok(FloorPlanImage image) => new(image, FloorPlanImageError.None);

    public static FloorPlanIntake Refused(FloorPlanImageError error) => new(null, error);
}
