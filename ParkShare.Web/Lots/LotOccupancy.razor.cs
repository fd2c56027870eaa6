using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using ParkShare.Core.Parking;

namespace ParkShare.Web.Lots;

/// <summary>
/// One lot's live "free of total" on the lot list: changes in this process arrive at once (the notifier, as on the
/// lot map), other processes' changes with the poll.
/// </summary>
public sealed partial class LotOccupancy : IDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(10);
    private LotOccupancyCount? _count;
    private Timer? _poll;

    [Parameter, EditorRequired] public Guid LotId { get; set; }

    [Inject] private LotOccupancyCounts Counts { get; set; } = default!;

    [Inject] private SpaceStateNotifier Notifier { get; set; } = default!;

    [Inject] private IStringLocalizer<LotOccupancy> L { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        if (RendererInfo.IsInteractive)
        {
            Notifier.Changed += OnChanged;
            _poll = new Timer(_ => _ = InvokeAsync(RefreshAsync), null, PollInterval, PollInterval);
        }

        _count = await Counts.CountAsync(LotId);
    }

    public void Dispose()
    {
        Notifier.Changed -= OnChanged;
        _poll?.Dispose();
    }

    private void OnChanged(Guid lotId)
    {
        if (lotId == LotId)
        {
            _ = InvokeAsync(RefreshAsync);
        }
    }

    private async Task RefreshAsync()
    {
        _count = await Counts.CountAsync(LotId);
        StateHasChanged();
    }

    private string Text(LotOccupancyCount count) => L[Localization.Plural.Key("LotList.Free", count.Total), count.Free, count.Total];

    private static double Percent(LotOccupancyCount count) => count.Total == 0 ? 0 : 100.0 * count.Free / count.Total;
}
