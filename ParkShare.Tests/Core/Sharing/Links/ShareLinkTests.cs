using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ParkShare.Core.Drivers;
using ParkShare.Core.Lots;
using ParkShare.Core.Parking;
using ParkShare.Core.Refinement;
using ParkShare.Core.Sharing.Links;
using ParkShare.Core.WeChat;

namespace ParkShare.Tests.Core.Sharing.Links;

/// <summary>Share links over a real SQLite file with a fake clock: storage, lifetime, revocation, limits, PIN lockout, picked up.</summary>
public sealed class ShareLinkTests : IAsyncLifetime
{
    private readonly TempDatabase _contexts = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
    private readonly SharingOptions _options = new() { MaxPinAttempts = 3 };
    private ShareService _shares = default!;
    private ShareAccess _access = default!;
    private ParkingRecord _record = default!;

    public async Task InitializeAsync()
    {
        await _contexts.MigrateAsync();
        await using var db = _contexts.CreateDbContext();
        var lot = LotGenerator.Generate(LotLayout.Demo);
        var driver = Driver.Create(new WeChatIdentity(WeChatChannel.MiniProgram, "sandbox-sharer", null), _clock.GetUtcNow().UtcDateTime);
        db.Lots.Add(lot);
        db.Drivers.Add(driver);
        await db.SaveChangesAsync();
        var map = LotMap.Build(lot);
        var notifier = new SpaceStateNotifier();
        var parking = new ParkingService(_contexts, new PositionRefiner(), _clock, notifier);
        var position = new PositionRefiner().Describe(map, map.Spaces.First(s => s.Code == "B2-C-017"), ResolvedBy.SpaceCode);
        _record = (await parking.ParkAsync(driver.Id, position, new ParkingDetails("沪A12345", "后备箱有伞", null))).Record!;
        _shares = new ShareService(_contexts, new ReversibleProtector(), _clock, Options.Create(_options));
        _access = new ShareAccess(_contexts, notifier, _clock, Options.Create(_options));
    }

    [Fact]
    public async Task Create_TwoLinks_IndependentTokensNeverStoredInClear()
    {
        var first = await CreateAsync();
        var second = await CreateAsync();

        Assert.Equal(ShareToken.Length, first.Token!.Length);
        Assert.True(ShareToken.IsWellFormed(first.Token));
        Assert.NotEqual(first.Token, second.Token);
        var stored = await _contexts.StoredBytesAsync();
        foreach (var token in new[] { first.Token, second.Token! })
        {
            Assert.Equal(-1, stored.AsSpan().IndexOf(Encoding.ASCII.GetBytes(token)));
        }

        await _shares.RevokeAsync(_record.DriverId, first.Link!.Id);
        Assert.Equal(ShareLinkState.Revoked, await StateAsync(first.Token));
        Assert.Equal(ShareLinkState.Active, await StateAsync(second.Token!));
        Assert.Equal(second.Token, _shares.TokenOf(second.Link!));
    }

    [Fact]
    public async Task Lifetime_DefaultCappedAndExtendable_ExpiresOnTime()
    {
        Assert.Equal(ShareError.LifetimeTooLong, (await _shares.CreateAsync(_record.DriverId, Request(lifetime: TimeSpan.FromDays(31)))).Error);
        var link = await CreateAsync(lifetime: TimeSpan.FromHours(2));

        _clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(ShareLinkState.Expired, await StateAsync(link.Token!));

        var extended = await _shares.ExtendAsync(_record.DriverId, link.Link!.Id, TimeSpan.FromHours(5));
        Assert.Equal(_clock.GetUtcNow().UtcDateTime.AddHours(5), extended.Link!.ExpiresAtUtc);
        Assert.Equal(ShareLinkState.Active, await StateAsync(link.Token!));
    }

    [Fact]
    public async Task ViewLimit_WrittenViewsCount_UsedUpAfterTheLast()
    {
        var link = await CreateAsync(maxViews: 2);
        var now = _clock.GetUtcNow().UtcDateTime;

        await _access.WriteViewsAsync([new ShareViewEntry(link.Link!.Id, now, "iOS · WeChat", "203.0.113.0/24")]);
        Assert.Equal(ShareLinkState.Active, await StateAsync(link.Token!));
        await _access.WriteViewsAsync([new ShareViewEntry(link.Link.Id, now, "Android · Chrome", null)]);

        Assert.Equal(ShareLinkState.UsedUp, await StateAsync(link.Token!));
        var log = await _shares.ViewsAsync(_record.DriverId, link.Link.Id);
        Assert.Equal(2, log!.Count);
        await using var db = _contexts.CreateDbContext();
        Assert.Equal(1, await db.DriverNotices.CountAsync(n => n.SubjectId == link.Link.Id && n.Kind == ParkShare.Core.Notices.NoticeKind.ShareOpened));
    }

    [Fact]
    public async Task Pin_WrongThreeTimes_LocksUntilLockoutEvenForTheRightPin()
    {
        var link = await CreateAsync(pin: "246813");

        Assert.Equal(PinCheck.Wrong, await _access.CheckPinAsync(link.Token!, "111111"));
        Assert.Equal(PinCheck.Wrong, await _access.CheckPinAsync(link.Token!, "letters"));
        Assert.Equal(PinCheck.Locked, await _access.CheckPinAsync(link.Token!, new string('9', 10_000)));
        Assert.Equal(PinCheck.Locked, await _access.CheckPinAsync(link.Token!, "246813"));

        _clock.Advance(_options.PinLockout);
        Assert.Equal(PinCheck.Ok, await _access.CheckPinAsync(link.Token!, "246813"));
        await using var db = _contexts.CreateDbContext();
        Assert.DoesNotContain("246813", (await db.ShareLinks.SingleAsync(l => l.Id == link.Link!.Id)).PinHash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PickedUp_ThroughOneLink_EndsRecordEveryLinkAndTellsTheDriverOnce()
    {
        var first = await CreateAsync();
        var second = await CreateAsync();

        Assert.Equal(ShareError.None, await _access.PickedUpAsync(first.Token!, 0));
        Assert.Equal(ShareError.NotActive, await _access.PickedUpAsync(first.Token!, 0));

        Assert.Equal(ShareLinkState.PickedUp, await StateAsync(first.Token!));
        Assert.Equal(ShareLinkState.PickedUp, await StateAsync(second.Token!));
        await using var db = _contexts.CreateDbContext();
        Assert.NotNull((await db.ParkingRecords.SingleAsync(r => r.Id == _record.Id)).EndedAtUtc);
        Assert.Equal(1, await db.DriverNotices.CountAsync(n => n.Kind == ParkShare.Core.Notices.NoticeKind.CarPickedUpByFriend));
        Assert.Equal(ShareError.RecordEnded, (await _shares.CreateAsync(_record.DriverId, Request())).Error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("../../../../etc/passwd!")]
    [InlineData("ＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡ")]
    public async Task Find_MalformedToken_NothingLookedUp(string token)
    {
        await CreateAsync();
        Assert.Null(ShareToken.Hash(token));
        Assert.Null(await _access.FindAsync(token));
    }

    [Fact]
    public async Task Create_OtherDriversRecordOrBadInput_Refused()
    {
        Assert.Equal(ShareError.RecordNotFound, (await _shares.CreateAsync(Guid.NewGuid(), Request())).Error);
        Assert.Equal(ShareError.BadPin, (await _shares.CreateAsync(_record.DriverId, Request(pin: "12ab"))).Error);
        Assert.Equal(ShareError.BadViewLimit, (await _shares.CreateAsync(_record.DriverId, Request(maxViews: 0))).Error);
        Assert.Null(await _shares.FindAsync(Guid.NewGuid(), (await CreateAsync()).Link!.Id));
    }

    public Task DisposeAsync()
    {
        _contexts.Dispose();
        return Task.CompletedTask;
    }

    private async Task<ShareLinkState?> StateAsync(string token)
    {
        // Another request, later: the cache must not hide a change made through the services.
        var target = await _access.FindAsync(token);
        return target?.Link.StateAt(_clock.GetUtcNow().UtcDateTime, target.Record.IsActive);
    }

    private async Task<ShareOutcome> CreateAsync(TimeSpan? lifetime = null, string? pin = null, int? maxViews = null)
    {
        var outcome = await _shares.CreateAsync(_record.DriverId, Request(lifetime, pin, maxViews));
        Assert.Equal(ShareError.None, outcome.Error);
        return outcome;
    }

    private ShareRequest Request(TimeSpan? lifetime = null, string? pin = null, int? maxViews = null) =>
        new(_record.Id, lifetime, pin, maxViews, ShowPlate: false, ShowPhoto: false);

    /// <summary>Stands in for Data Protection: reversible, and never the token's own bytes.</summary>
    private sealed class ReversibleProtector : IShareTokenProtector
    {
        public string Protect(string token) => Convert.ToHexString(Encoding.ASCII.GetBytes(token).Select(b => (byte)(b ^ 0x5A)).ToArray());

        public string? Unprotect(string protectedToken) => Encoding.ASCII.GetString(Convert.FromHexString(protectedToken).Select(b => (byte)(b ^ 0x5A)).ToArray());
    }
}
