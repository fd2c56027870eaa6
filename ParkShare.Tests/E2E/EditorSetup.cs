using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;
using ParkShare.Core.Geometry;
using ParkShare.Core.Lots;
using ParkShare.Tests.Support;

namespace ParkShare.Tests.E2E;

/// <summary>
/// Adds empty levels to the demo lot straight in the host's database (creating levels and connectors
/// belongs to the lot administration screens, not to the editor).
/// </summary>
internal static class EditorSetup
{
    /// <summary>The demo lot is seeded just after the host starts answering; waits until drivers see it.</summary>
    public static async Task WaitForDemoLotAsync(HostProcess host)
    {
        using var http = new HttpClient();
        await Eventually.TrueAsync(
            async () => (await http.GetStringAsync($"{host.BaseUrl}/api/mp/lots")).Contains("\"levels\"", StringComparison.Ordinal),
            TimeSpan.FromSeconds(20), TimeSpan.FromMilliseconds(200));
    }

    /// <summary>An empty 60 × 40 m level whose elevator at (2, 10) already rides to B3.</summary>
    public static async Task<(Guid LotId, Guid LevelId)> AddConnectedLevelAsync(HostProcess host, string name, int ordinal, int spaces = 0)
    {
        await WaitForDemoLotAsync(host);
        await using var db = new ParkShareDbContext(new DbContextOptionsBuilder<ParkShareDbContext>().UseSqlite($"Data Source={host.DatabasePath}").Options);
        var lot = await db.Lots.Include(l => l.Levels).ThenInclude(l => l.Landmarks).Include(l => l.Levels).ThenInclude(l => l.WalkwayNodes).FirstAsync();
        var width = spaces > 0 ? 260 : 60;
        var level = lot.AddLevel(name, ordinal, Polygon2.Rectangle(0, 0, width, spaces > 0 ? 200 : 40));
        var node = level.AddNode(new Point2(2, 10), level.AddLandmark(LandmarkKind.Elevator, "1", new Point2(2, 10)).Id);
        for (var i = 0; i < spaces; i++)
        {
            var (row, col) = (i / 100, i % 100);
            level.AddSpace(null, $"{name}-{i + 1:0000}", i + 1, Polygon2.Rectangle(5 + (col * 2.5), 5 + (row * 9), 7.5 + (col * 2.5), 10.3 + (row * 9)), SpaceKind.Standard);
        }

        db.Add(level);
        var b3 = lot.Levels.Single(l => l.Name == "B3");
        var above = b3.WalkwayNodes.First(n => b3.Landmarks.Any(l => l.Id == n.LandmarkId && l.Kind == LandmarkKind.Elevator));
        db.Add(lot.Connect(ConnectorKind.Elevator, "Elevator 1", above, node, 30));
        lot.MarkChanged();
        await db.SaveChangesAsync();
        return (lot.Id, level.Id);
    }
}
