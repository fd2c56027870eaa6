using System.Net.Http.Json;
using System.Text.Json;
using ParkShare.Tests.Fakes;

namespace ParkShare.Tests.Support;

/// <summary>One host with the seeded demo lot, shared by the API tests of a class.</summary>
public sealed class DemoLotFixture : IAsyncLifetime
{
    public ParkShareWebFactory Factory { get; } = new();

    public string LotId { get; private set; } = string.Empty;

    public JsonElement Lot { get; private set; }

    public async Task InitializeAsync()
    {
        using var client = Factory.CreateClient();
        var page = await client.GetFromJsonAsync<JsonElement>("/api/mp/lots");
        Lot = page.GetProperty("items")[0];
        LotId = Lot.GetProperty("id").GetString()!;
    }

    public string LevelId(string name) =>
        Lot.GetProperty("levels").EnumerateArray().Single(l => l.GetProperty("name").GetString() == name).GetProperty("id").GetString()!;

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
