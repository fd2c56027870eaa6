using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Core.Lots;
using ParkShare.Core.Parking;
using ParkShare.Tests.E2E;
using ParkShare.Tests.Fakes;
using ParkShare.Tests.Support;

namespace ParkShare.Tests.Web.MultiNode;

/// <summary>
/// Live updates across nodes on PostgreSQL: node A runs in this process, so the test listens where
/// A's console listens (the <see cref="SpaceStateNotifier"/> its lot page redraws on); node B is a
/// host process of its own on the same database.
/// </summary>
[Trait(PostgresOnly.Trait, PostgresOnly.Value)]
public sealed class MultiNodeLiveUpdateTests
{
    [Fact]
    public async Task Reserve_OnNodeB_NodeAsConsoleToldWithinTwoSecondsAndSeesTheSpaceReserved()
    {
        PostgresOnly.Require();
        using var a = new ParkShareWebFactory();
        var maps = a.Services.GetRequiredService<LotMapCache>();
        await using var b = new HostProcess(Path.Combine(Path.GetTempPath(), "parkshare-live", Guid.NewGuid().ToString("N")), ownsData: true, new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:ParkShare"] = a.PostgresConnectionString,
        });
        await b.InitializeAsync();
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(maps.OtherNodesHeard), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(50)), "A never listened");

        using var http = new HttpClient();
        var lotId = Guid.Parse(await LiveHostSetup.LotIdAsync(http, b));
        var level = (await maps.GetAsync(lotId))!.Levels[0];
        var index = level.Spaces.Count - 1;
        var states = a.Services.GetRequiredService<SpaceStates>();
        Assert.Equal(SpaceStateKind.Free, (await states.ForLevelAsync(lotId, level))[index]); // A's console shows it free (and A keeps that answer)
        var told = new TaskCompletionSource<Guid>(TaskCreationOptions.RunContinuationsAsynchronously);
        a.Services.GetRequiredService<SpaceStateNotifier>().Changed += lot => told.TrySetResult(lot);

        var driver = await LiveHostSetup.SignInAsync(http, b, "live-" + Guid.NewGuid().ToString("N")[..8]);
        var start = DateTimeOffset.UtcNow.AddMinutes(5);
        var reserved = await driver.PostAsJsonAsync($"{b.BaseUrl}/api/mp/reservations", new { spaceId = level.Spaces[index].Id, startsAt = start, endsAt = start.AddHours(1) });
        Assert.Equal(HttpStatusCode.Created, reserved.StatusCode);

        Assert.Equal(lotId, await told.Task.WaitAsync(TimeSpan.FromSeconds(2)));
        Assert.Equal(SpaceStateKind.Reserved, (await states.ForLevelAsync(lotId, level))[index]);
    }
}
