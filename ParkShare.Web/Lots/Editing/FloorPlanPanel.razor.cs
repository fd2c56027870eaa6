using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;
using ParkShare.Core.Lots.Editing;
using ParkShare.Core.Lots.FloorPlans;
using ParkShare.Web.Lots.FloorPlans;

namespace ParkShare.Web.Lots.Editing;

/// <summary>
/// The level editor's floor-plan panel: upload (checked and re-encoded by <see cref="FloorPlanImageProcessor"/>),
/// calibration by two clicks on the image and a typed distance, alignment (offset, rotation, opacity) and removal.
/// Every write goes through <see cref="LotEditing"/>, which checks the user may edit the lot.
/// </summary>
public sealed partial class FloorPlanPanel
{
    private readonly List<PixelPoint> _points = [];
    private FloorPlanInfo? _plan;
    private (Guid, Guid)? _loadedFor;
    private double? _distance;
    private double _scale;
    private double _offsetX;
    private double _offsetY;
    private double _rotation;
    private int _opacityPercent;
    private bool _busy;
    private string? _message;
    private Severity _severity = Severity.Info;

    [Parameter, EditorRequired]
    public Guid LotId { get; set; }

    [Parameter, EditorRequired]
    public Guid LevelId { get; set; }

    /// <summary>What the editor should draw under the geometry now (null: nothing).</summary>
    [Parameter]
    public EventCallback<EditorFloorPlan?> OnShow { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> Auth { get; set; } = default!;

    [Inject]
    private LotEditing Editing { get; set; } = default!;

    [Inject]
    private FloorPlanImageProcessor Processor { get; set; } = default!;

    private FloorPlanTransform Transform => new(_scale, _rotation, _offsetX, _offsetY);

    protected override async Task OnParametersSetAsync()
    {
        // The page re-renders on every OnShow (a new callback each time): reload only for another level,
        // or the points and fields being edited would be thrown away.
        if (_loadedFor == (LotId, LevelId))
        {
            return;
        }

        _loadedFor = (LotId, LevelId);
        Use(await Editing.FloorPlanAsync((await Auth).User, LotId, LevelId));
        await ShowAsync();
    }

    private async Task UploadAsync(InputFileChangeEventArgs e)
    {
        var limit = Processor.Limits.MaxBytes;
        if (e.File.Size > limit)
        {
            Say(L["FloorPlan.Error.TooLarge", limit / (1024 * 1024)], Severity.Error);
            return;
        }

        if (!Processor.HasRoom)
        {
            Say(ImageError(FloorPlanImageError.Busy), Severity.Error);
            return;
        }

        _busy = true;
        try
        {
            using var buffer = new MemoryStream();
            await using (var stream = e.File.OpenReadStream(limit))
            {
                await stream.CopyToAsync(buffer);
            }

            var intake = await Processor.ProcessAsync(buffer.ToArray(), CancellationToken.None);
            if (intake.Image is null)
            {
                Say(ImageError(intake.Error), Severity.Error);
                return;
            }

            var outcome = await Editing.UploadFloorPlanAsync((await Auth).User, LotId, LevelId, intake.Image);
            await AfterAsync(outcome, L["FloorPlan.Uploaded", intake.Image.Width, intake.Image.Height]);
        }
        finally
        {
            _busy = false;
        }
    }

    private void Pick(MouseEventArgs e)
    {
        if (_plan is not { } plan)
        {
            return;
        }

        if (_points.Count == 2)
        {
            _points.Clear();
        }

        var factor = (double)plan.Width / FloorPlanPick.ShownSize(plan).Width;
        _points.Add(new PixelPoint(e.OffsetX * factor, e.OffsetY * factor));
    }

    private async Task CalibrateAsync()
    {
        if (_plan is not { } plan)
        {
            return;
        }

        if (_points.Count < 2)
        {
            Say(L["FloorPlan.Calibrate.PointsMissing"], Severity.Warning);
            return;
        }

        var (calibrated, error) = FloorPlanCalibration.Apply(Transform, _points[0], _points[1], _distance ?? 0, plan.Width, plan.Height);
        if (error != FloorPlanCalibrationError.None)
        {
            Say(L[$"FloorPlan.Calibrate.Error.{error}"], Severity.Error);
            return;
        }

        (_scale, _offsetX, _offsetY) = (calibrated.MetersPerPixel, calibrated.OffsetX, calibrated.OffsetY);
        Say(L["FloorPlan.Calibrate.Done", _scale.ToString("0.######", CultureInfo.CurrentCulture)], Severity.Info);
        await ShowAsync();
    }

    private async Task SaveAsync()
    {
        _busy = true;
        try
        {
            var outcome = await Editing.PlaceFloorPlanAsync((await Auth).User, LotId, LevelId, Transform, _opacityPercent / 100d);
            await AfterAsync(outcome, L["FloorPlan.Saved"]);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task RemoveAsync()
    {
        var outcome = await Editing.RemoveFloorPlanAsync((await Auth).User, LotId, LevelId);
        await AfterAsync(outcome, L["FloorPlan.Removed"]);
    }

    /// <summary>After a write: the stored state again (or the refusal), and the editor redrawn.</summary>
    private async Task AfterAsync(LotEditOutcome outcome, string done)
    {
        if (!outcome.Succeeded)
        {
            Say(LotEditMessages.Text(L, outcome), Severity.Error);
            return;
        }

        Use(await Editing.FloorPlanAsync((await Auth).User, LotId, LevelId));
        Say(done, Severity.Success);
        await ShowAsync();
    }

    private void Use(FloorPlanInfo? plan)
    {
        _plan = plan;
        _points.Clear();
        if (plan is not null)
        {
            (_scale, _rotation, _offsetX, _offsetY) = (plan.Transform.MetersPerPixel, plan.Transform.RotationDegrees, plan.Transform.OffsetX, plan.Transform.OffsetY);
            _opacityPercent = (int)Math.Round(plan.Opacity * 100);
        }
    }

    /// <summary>Shows the fields' placement in the editor while it is valid (unsaved until "save").</summary>
    private Task ShowAsync() =>
        OnShow.InvokeAsync(_plan is { } plan && Transform.IsValid
            ? EditorFloorPlan.From(plan) with { Transform = Transform, Opacity = Math.Clamp(_opacityPercent / 100d, 0, 1) }
            : null);

    private void Say(string message, Severity severity) => (_message, _severity) = (message, severity);

    private string ImageError(FloorPlanImageError error) => error switch
    {
        FloorPlanImageError.TooLarge => L["FloorPlan.Error.TooLarge", Processor.Limits.MaxBytes / (1024 * 1024)],
        FloorPlanImageError.TooManyPixels => L["FloorPlan.Error.TooManyPixels", Processor.Limits.MaxWidth, Processor.Limits.MaxHeight],
        _ => L[$"FloorPlan.Error.{error}"],
    };
}
