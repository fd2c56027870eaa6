using Microsoft.Extensions.Time.Testing;
using ParkShare.Core.Lots;
using ParkShare.Core.Occupancy;

namespace ParkShare.Tests.Core.Occupancy;

public sealed class LotApiKeyServiceTests : IAsyncLifetime
{
    private readonly TempDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
    private LotApiKeyService _keys = default!;
    private Guid _lot;
    private Guid _otherLot;

    public async Task InitializeAsync()
    {
        await _database.MigrateAsync();
        await using var db = _database.CreateDbContext();
        var lot = Lot.Create("Lot A", "-", "Asia/Shanghai", new Georeference(31.2, 121.5, 0, 1));
        var other = Lot.Create("Lot B", "-", "Asia/Shanghai", new Georeference(31.2, 121.5, 0, 1));
        db.Lots.AddRange(lot, other);
        await db.SaveChangesAsync();
        (_lot, _otherLot) = (lot.Id, other.Id);
        _keys = new LotApiKeyService(_database, _clock);
    }

    [Fact]
    public async Task Create_SecretShownOnce_AuthenticatesOnlyForItsLotUntilRevoked()
    {
        var created = await _keys.CreateAsync(_lot, "  B1 camera gateway ", "admin@parkshare.local");
        var secret = created.Secret!;

        Assert.StartsWith("psk_", secret, StringComparison.Ordinal);
        Assert.Equal(ApiKeySecret.Length, secret.Length);
        Assert.Equal("B1 camera gateway", created.Key!.Name);
        Assert.Equal(secret[..12], created.Key.Prefix);
        Assert.Equal(created.Key.Id, (await _keys.AuthenticateAsync(_lot, secret))?.Id);
        Assert.Null(await _keys.AuthenticateAsync(_otherLot, secret));
        Assert.Null(await _keys.AuthenticateAsync(_lot, secret[..^1] + (secret[^1] == 'A' ? 'B' : 'A')));

        Assert.Equal(LotApiKeyError.None, (await _keys.RevokeAsync(_lot, created.Key.Id, "admin@parkshare.local")).Error);
        Assert.Equal(LotApiKeyError.AlreadyRevoked, (await _keys.RevokeAsync(_lot, created.Key.Id, "admin@parkshare.local")).Error);
        Assert.Equal(LotApiKeyError.NotFound, (await _keys.RevokeAsync(_otherLot, created.Key.Id, "admin@parkshare.local")).Error);
        Assert.Null(await _keys.AuthenticateAsync(_lot, secret));
        Assert.NotNull(Assert.Single(await _keys.ListAsync(_lot)).RevokedAtUtc);
    }

    [Theory]
    [InlineData("", LotApiKeyError.NameRequired)]
    [InlineData("   ", LotApiKeyError.NameRequired)]
    [InlineData("a name that is far too long for a key, longer than sixty-four characters", LotApiKeyError.NameTooLong)]
    public async Task Create_BadName_Refused(string name, LotApiKeyError error)
    {
        Assert.Equal(error, (await _keys.CreateAsync(_lot, name, "admin")).Error);
        Assert.Empty(await _keys.ListAsync(_lot));
    }

    [Fact]
    public async Task Create_TwentyActiveKeys_TwentyFirstRefusedUntilOneIsRevoked()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < LotApiKeyService.MaxActivePerLot; i++)
        {
            ids.Add((await _keys.CreateAsync(_lot, $"gateway {i}", "admin")).Key!.Id);
        }

        Assert.Equal(LotApiKeyError.TooManyKeys, (await _keys.CreateAsync(_lot, "one more", "admin")).Error);
        Assert.NotNull((await _keys.CreateAsync(_otherLot, "other lot", "admin")).Key);
        await _keys.RevokeAsync(_lot, ids[0], "admin");
        Assert.NotNull((await _keys.CreateAsync(_lot, "one more", "admin")).Key);
    }

    public Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }
}
