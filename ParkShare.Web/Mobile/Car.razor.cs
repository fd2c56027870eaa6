using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using ParkShare.Core.Lots;
using ParkShare.Core.Parking;
using ParkShare.Core.Refinement;
using ParkShare.Web.Api;
using ParkShare.Web.Drivers;
using ParkShare.Web.Imaging;
using ParkShare.Web.Localization;
using ParkShare.Web.Parking;
using ParkShare.Web.Refinement;
using ParkShare.Web.Sharing.Links;

namespace ParkShare.Web.Mobile;

/// <summary>"My car": the detailed position with the walking route on each level's map, and "picked up".</summary>
public sealed partial class Car
{
    private ParkingRecord? _record;
    private LotMap? _map;
    private DetailedPosition? _position;
    private MarkupString _maps;
    private List<ParkingRecord> _history = [];
    private TimeZoneInfo _zone = TimeZoneInfo.Utc;
    private string? _error;
    private string? _errorFor;
    private string? _done;
    private IReadOnlyList<DetailedPosition> _candidates = [];
    private readonly string _key = Guid.NewGuid().ToString("N");

    [Inject] private ParkingService Parking { get; set; } = default!;
    [Inject] private LotMapCache Maps { get; set; } = default!;
    [Inject] private PositionRefiner Refiner { get; set; } = default!;
    [Inject] private RouteStepFormatter Steps { get; set; } = default!;
    [Inject] private ShareMapMarkup MapMarkup { get; set; } = default!;
    [Inject] private ApiProblems Problems { get; set; } = default!;
    [Inject] private PhotoProcessor Processor { get; set; } = default!;
    [Inject] private UploadLimits Uploads { get; set; } = default!;
    [Inject] private RecordPhotoService Photos { get; set; } = default!;
    [Inject] private RecordMover Mover { get; set; } = default!;
    [Inject] private FriendsTold Told { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IStringLocalizer<Car> L { get; set; } = default!;

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;
    [SupplyParameterFromForm(FormName = "photo")] private IFormFile? Photo { get; set; }
    [SupplyParameterFromForm(FormName = "correct")] private string? Code { get; set; }
    [SupplyParameterFromForm(FormName = "correct")] private string? Pick { get; set; }
    [SupplyParameterFromForm(FormName = "picked-up")] private string? Then { get; set; }
    [SupplyParameterFromQuery(Name = "confirm")] private string? Confirm { get; set; }
    [SupplyParameterFromQuery(Name = "then")] private string? ThenQuery { get; set; }
    [SupplyParameterFromQuery(Name = "done")] private string? Done { get; set; }

    protected override async Task OnInitializedAsync()
    {
        var driverId = HttpContext.User.DriverId();
        var ct = HttpContext.RequestAborted;
        _record = await Parking.CurrentAsync(driverId, ct);
        _history = [.. (await Parking.HistoryAsync(driverId, ct)).Where(h => !h.IsActive).Take(10)];
        var lotId = _record?.LotId ?? _history.FirstOrDefault()?.LotId;
        _map = lotId is { } id ? await Maps.GetAsync(id, ct) : null;
        _zone = LotTime.Zone(_map?.TimeZoneId ?? "UTC");
        if (_record is not null && _map?.Space(_record.SpaceId) is { } space)
        {
            _position = Refiner.Describe(_map, space, _record.ResolvedBy);
            var language = Localization.JsonStringLocalizer.LanguageOf(CultureInfo.CurrentUICulture);
            _maps = await MapMarkup.ForAsync(_map, space, _position.Route, language, name => L["M.Level.MapLabel", name]);
        }

        Then ??= ThenQuery == "park" ? "park" : null;
        var told = _record is not null && Done is "corrected" or "parked" ? await Told.CountAsync(_record, ct) : 0;
        _done = Done switch
        {
            "corrected" or "parked" when _record is not null && told == 0 => L[$"M.Car.{(Done == "parked" ? "Recorded" : "Corrected")}Alone"].Value,
            "corrected" when _record is not null => L[Plural.Key("M.Car.Corrected", told), told].Value,
            "parked" when _record is not null => L[Plural.Key("M.Car.Recorded", told), told].Value,
            "photo" when _record is not null => L["M.Car.PhotoSaved"].Value,
            _ => null,
        };
    }

    private async Task PickedUpAsync()
    {
        if (_record is null)
        {
            Navigation.NavigateTo("m"); // a second tap: the car was already picked up
            return;
        }

        var outcome = await Parking.EndAsync(HttpContext.User.DriverId(), _record.Id, HttpContext.RequestAborted);
        if (outcome.Record is null)
        {
            (_errorFor, _error) = ("picked-up", RecordsApi.Refused(Problems, outcome).ProblemDetails.Detail);
            return;
        }

        Navigation.NavigateTo(Then == "park" ? "m/park?done=picked-up" : "m?done=picked-up");
    }

    /// <summary>"Correct the position" without script (with script the form goes to POST api/mp/records/{id}/position): the same checks as the API.</summary>
    private async Task CorrectAsync()
    {
        if (_record is null)
        {
            return;
        }

        var errors = new Dictionary<string, string[]>();
        var position = PositionRequestReader.Read(new PositionRequest("spaceCode", (Pick ?? Code)?.Trim()), Problems, errors);
        var move = position is null ? null : await Mover.MoveAsync(HttpContext.User.DriverId(), _record.Id, position, HttpContext.RequestAborted);
        if (move is { Outcome.Record: not null })
        {
            Navigation.NavigateTo("m/car?done=corrected");
            return;
        }

        _errorFor = "correct";
        _candidates = move?.Refinement is { Status: RefinementStatus.Ambiguous } ambiguous ? ambiguous.Candidates : [];
        _error = move switch
        {
            null => errors.Values.First()[0],
            { Refinement: { Status: RefinementStatus.Ambiguous } } => null,
            { Refinement: { } failed } => Problems.Message($"Problem.{RefineApi.CodeFor(failed.Error)}"),
            _ => RecordsApi.Refused(Problems, move.Outcome).ProblemDetails.Detail,
        };
    }

    /// <summary>The same checks and re-encoding as the API: JPEG or PNG up to 5 MB, stored without its metadata.</summary>
    private async Task UploadPhotoAsync()
    {
        if (_record is null)
        {
            return;
        }

        _errorFor = "photo";
        if (Photo is not { Length: > 0 } file || file.Length > PhotoUpload.MaxPhotoBytes)
        {
            _error = Problems.Message(Photo is null ? "Problem.photo_required" : Photo.Length == 0 ? "Problem.photo_empty" : "Problem.photo_too_large", PhotoUpload.MaxPhotoBytes / (1024 * 1024));
            return;
        }

        if (!Uploads.TryTake(HttpContext.User.DriverId()))
        {
            _error = Problems.Message("Problem.rate_limited");
            return;
        }

        var photo = Processor.HasRoom ? await ProcessAsync(file) : ProcessedPhoto.Refused(PhotoError.Busy);
        if (photo.Jpeg is null)
        {
            _error = photo.Error switch
            {
                PhotoError.TooManyPixels => Problems.Message("Problem.photo_too_many_pixels", PhotoProcessor.MaxPixels / 1_000_000),
                PhotoError.Busy => Problems.Message("Problem.uploads_busy"),
                PhotoError.Empty => Problems.Message("Problem.photo_empty"),
                _ => Problems.Message("Problem.photo_not_image"),
            };
            return;
        }

        var outcome = await Photos.AttachAsync(HttpContext.User.DriverId(), _record.Id, photo.Jpeg, HttpContext.RequestAborted);
        if (outcome.Record is null)
        {
            _error = Problems.Message("Problem.record_ended_photo");
            return;
        }

        Navigation.NavigateTo("m/car?done=photo");
    }

    private async Task<ProcessedPhoto> ProcessAsync(IFormFile file)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, HttpContext.RequestAborted);
        return await Processor.ProcessAsync(buffer.ToArray(), HttpContext.RequestAborted);
    }

    private string Time(DateTime utc) => LotTime.Format(utc, _zone);

    private static string F(double v) => v.ToString("0.0", CultureInfo.InvariantCulture);
}
