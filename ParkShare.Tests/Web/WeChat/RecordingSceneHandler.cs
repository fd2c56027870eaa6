using System.Collections.Concurrent;
using ParkShare.Core.WeChat;

namespace ParkShare.Tests.Web.WeChat;

/// <summary>A scene handler for "test:" scenes that counts its runs and takes a moment, so concurrent deliveries overlap.</summary>
public sealed class RecordingSceneHandler : IOfficialAccountSceneHandler
{
    public ConcurrentDictionary<string, int> Runs { get; } = new();

    public string Prefix => "test:";

    public async Task<string?> HandleAsync(OfficialAccountScan scan, CancellationToken cancellationToken)
    {
        Runs.AddOrUpdate(scan.Argument, 1, (_, n) => n + 1);
        await Task.Delay(200, cancellationToken);
        return $"scene {scan.Argument} new:{scan.NewFollower}";
    }
}
