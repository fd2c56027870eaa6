using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using ParkShare.Web.Imaging;

namespace ParkShare.Tests.Web.Imaging;

/// <summary>Uploads waiting for a decode slot are capped (Imaging:MaxQueuedDecodes); one more is refused at once.</summary>
public sealed class ImageDecodeGateTests
{
    [Fact]
    public async Task RunAsync_SlotsAndQueueFull_NextRefusedAtOnceWithoutWaiting()
    {
        using var gate = new ImageDecodeGate(Options.Create(new ImagingOptions { MaxConcurrentDecodes = 1, MaxQueuedDecodes = 2 }));
        using var release = new ManualResetEventSlim();
        var admitted = Enumerable.Range(0, 3).Select(_ => gate.RunAsync(() => release.Wait(TimeSpan.FromMinutes(1)) ? "decoded" : "timed out", () => "busy", CancellationToken.None)).ToList();

        // One decodes, two wait: the fourth is answered before this line goes on, without a slot ever coming free.
        var refused = gate.RunAsync(() => "decoded", () => "busy", CancellationToken.None);

        Assert.True(refused.IsCompleted);
        Assert.Equal("busy", await refused);
        Assert.False(gate.HasRoom);
        Assert.All(admitted, task => Assert.False(task.IsCompleted));
        release.Set();
        Assert.Equal(["decoded", "decoded", "decoded"], await Task.WhenAll(admitted));
        Assert.True(gate.HasRoom);
        Assert.Equal("decoded", await gate.RunAsync(() => "decoded", () => "busy", CancellationToken.None));
    }

    [Fact]
    public async Task RunAsync_NoQueue_OnlyAFreeSlotIsTaken()
    {
        using var gate = new ImageDecodeGate(Options.Create(new ImagingOptions { MaxConcurrentDecodes = 2, MaxQueuedDecodes = 0 }));
        using var release = new ManualResetEventSlim();
        var running = Enumerable.Range(0, 2).Select(_ => gate.RunAsync(() => release.Wait(TimeSpan.FromMinutes(1)), () => false, CancellationToken.None)).ToList();

        var refused = gate.RunAsync(() => true, () => false, CancellationToken.None);

        Assert.True(refused.IsCompleted);
        Assert.False(await refused);
        release.Set();
        Assert.All(await Task.WhenAll(running), Assert.True);
    }

    [Fact]
    public async Task RunAsync_WaiterCancelled_GivesItsPlaceBack()
    {
        using var gate = new ImageDecodeGate(Options.Create(new ImagingOptions { MaxConcurrentDecodes = 1, MaxQueuedDecodes = 1 }));
        using var release = new ManualResetEventSlim();
        using var cancel = new CancellationTokenSource();
        var running = gate.RunAsync(() => release.Wait(TimeSpan.FromMinutes(1)), () => false, CancellationToken.None);
        var waiting = gate.RunAsync(() => true, () => false, cancel.Token);
        Assert.False(gate.HasRoom);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.True(gate.HasRoom);
        release.Set();
        Assert.True(await running);
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(32, true)]
    [InlineData(1_001, false)]
    public void Options_MaxQueuedDecodes_ValidatedWithinItsRange(int queued, bool valid)
    {
        var options = new ImagingOptions { MaxQueuedDecodes = queued };

        Assert.Equal(valid, Validator.TryValidateObject(options, new ValidationContext(options), [], validateAllProperties: true));
    }
}
