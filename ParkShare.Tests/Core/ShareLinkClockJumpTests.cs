using Microsoft.Extensions.Options;
using ParkShare.Core.Drivers;
using ParkShare.Core.Lots;
using ParkShare.Core.Parking;
using ParkShare.Core.Refinement;
using ParkShare.Core.Sharing.Links;
using ParkShare.Core.WeChat;
using ParkShare.Tests.Fakes;

namespace ParkShare.Tests.Core;

/// <summary>
/// Share links while the wall clock goes back (NTP stepping, a VM resumed, an operator fixing the
/// date): a link once seen expired stays expired, whichever read saw it, until its driver extends it;
/// a PIN lockout never lasts longer than its configured length from the moment it is checked.
/// </summary>
public sealed class ShareLinkClockJumpTests : IAsyncLifetime
{
    private const string Pin = "482913";
    private readonly TempDatabase _contexts = new();
    private readonly JumpingClock _clock = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
    private readonly SharingOptions _options = new() { MaxPinAttempts = 3, PinLockout = TimeSpan.FromMinutes(15), MaxLinksPerRecord = 1 };
    private ShareService _shares = default!;
    private ShareAccess _access = default!;
    private Guid _driver;
    private Guid _record;

    private DateTime Now => _clock.GetUtcNow().UtcDateTime;

    public async Task InitializeAsync()
    {
        await _contexts.MigrateAsync();
        await using var db = _contexts.CreateDbContext();
        var lot = LotGenerator.Generate(LotLayout.Demo);
        var driver = Driver.Create(new WeChatIdentity(WeChatChannel.MiniProgram, "sandbox-share-clock", null), Now);
        db.Lots.Add(lot);
        db.Drivers.Add(driver);
        await db.SaveChangesAsync();
        var map = LotMap.Build(lot);
        var notifier = new SpaceStateNotifier();
        var position = new PositionRefiner().Describe(map, map.Spaces.First(s => s.Code == "B2-C-017"), ResolvedBy.SpaceCode);
        var parking = new ParkingService(_contexts, new PositionRefiner(), _clock, notifier);
        (_driver, _record) = (driver.Id, (await parking.ParkAsync(driver.Id, position, new ParkingDetails(null, null, null))).Record!.Id);
        _shares = new ShareService(_contexts, new PrefixShareTokenProtector(), _clock, Options.Create(_options));
        _access = new ShareAccess(_contexts, notifier, _clock, Options.Create(_options));
    }

    [Fact]
    public async Task FindAsync_SeenExpiredByTheFriendThenClockBackBeforeTheExpiry_StaysExpiredWithItsExpiryShownUnchanged()
    {
        var (link, token) = await ShareAsync(TimeSpan.FromHours(2));

        _clock.Jump(TimeSpan.FromHours(3));
        var seen = await FriendStateAsync(token);
        _clock.Jump(TimeSpan.FromHours(-2)); // an hour before the expiry instant
        var back = await FriendStateAsync(token);
        var listed = Assert.Single(await _shares.ListAsync(_driver));
        var found = (await _access.FindAsync(token))!.Link;

        Assert.Equal((ShareLinkState.Expired, ShareLinkState.Expired), (seen, back));
        Assert.Equal(ShareLinkState.Expired, listed.StateAt(Now, recordActive: true));
        Assert.Equal((link.ExpiresAtUtc, link.ExpiresAtUtc), (listed.ExpiresAtUtc, found.ExpiresAtUtc));
    }

    [Fact]
    public async Task ListAsync_SeenExpiredByTheDriverThenClockBack_TheFriendAndTheDriverSeeItExpired()
    {
        var (link, token) = await ShareAsync(TimeSpan.FromHours(1));

        _clock.Jump(TimeSpan.FromMinutes(61));
        var listed = Assert.Single(await _shares.ListAsync(_driver)).StateAt(Now, recordActive: true);
        _clock.Jump(TimeSpan.FromMinutes(-30));

        Assert.Equal(ShareLinkState.Expired, listed);
        Assert.Equal(ShareLinkState.Expired, await FriendStateAsync(token));
        Assert.Equal(ShareLinkState.Expired, (await _shares.FindAsync(_driver, link.Id))!.StateAt(Now, recordActive: true));
    }

    [Fact]
    public async Task CreateAsync_OnlyLinkSeenExpiredThenClockBack_ItNoLongerCountsAsLive()
    {
        var (_, token) = await ShareAsync(TimeSpan.FromHours(1));
        _clock.Jump(TimeSpan.FromHours(2));
        Assert.Equal(ShareLinkState.Expired, await FriendStateAsync(token));
        _clock.Jump(TimeSpan.FromMinutes(-90));

        var second = await _shares.CreateAsync(_driver, new ShareRequest(_record, TimeSpan.FromHours(1), null, null, ShowPlate: false, ShowPhoto: false));

        Assert.Equal(ShareError.None, second.Error);
    }

    [Fact]
    public async Task ExtendAsync_LinkSeenExpiredThenClockBack_ExtendedFromNowAsAnExpiredLinkIs()
    {
        var (link, token) = await ShareAsync(TimeSpan.FromHours(1));
        _clock.Jump(TimeSpan.FromHours(2));
        Assert.Equal(ShareLinkState.Expired, await FriendStateAsync(token));
        _clock.Jump(TimeSpan.FromMinutes(-90));

        var extended = await _shares.ExtendAsync(_driver, link.Id, TimeSpan.FromHours(2));
        var afterExtend = await FriendStateAsync(token);
        _clock.Jump(TimeSpan.FromHours(2));
        var atNewEnd = await FriendStateAsync(token);
        _clock.Jump(TimeSpan.FromMinutes(-1));
        var backAgain = await FriendStateAsync(token);

        Assert.Equal(ShareError.None, extended.Error);
        Assert.Equal(Now + TimeSpan.FromMinutes(1), extended.Link!.ExpiresAtUtc);
        Assert.Equal((ShareLinkState.Active, ShareLinkState.Expired, ShareLinkState.Expired), (afterExtend, atNewEnd, backAgain));
    }

    [Fact]
    public async Task CheckPinAsync_LockedThenClockBackAnHour_LockoutEndsItsLengthAfterTheCheck()
    {
        var (_, token) = await ShareAsync(TimeSpan.FromHours(8), Pin);
        await LockAsync(token);

        _clock.Jump(TimeSpan.FromHours(-1));
        var afterBack = await _access.CheckPinAsync(token, Pin);
        _clock.Jump(_options.PinLockout - TimeSpan.FromSeconds(1));
        var justBefore = await _access.CheckPinAsync(token, Pin);
        _clock.Jump(TimeSpan.FromSeconds(1));
        var atEnd = await _access.CheckPinAsync(token, Pin);

        Assert.Equal((PinCheck.Locked, PinCheck.Locked, PinCheck.Ok), (afterBack, justBefore, atEnd));
    }

    [Fact]
    public async Task FindAsync_LockedThenClockBackWhileThePageIsOpened_LockoutEndsItsLengthAfterThatView()
    {
        var (_, token) = await ShareAsync(TimeSpan.FromHours(8), Pin);
        await LockAsync(token);

        _clock.Jump(TimeSpan.FromHours(-3));
        var viewed = (await _access.FindAsync(token))!.Link.IsLockedAt(Now);
        _clock.Jump(_options.PinLockout);
        var afterLockout = (await _access.FindAsync(token))!.Link.IsLockedAt(Now);

        Assert.True(viewed);
        Assert.False(afterLockout);
        Assert.Equal(PinCheck.Ok, await _access.CheckPinAsync(token, Pin));
    }

    [Fact]
    public async Task CheckPinAsync_LockedAndClockForward_LockoutKeepsItsEnd()
    {
        var (link, token) = await ShareAsync(TimeSpan.FromHours(8), Pin);
        await LockAsync(token);

        var lockedAt = Now;
        _clock.Jump(_options.PinLockout - TimeSpan.FromSeconds(1));
        var justBefore = await _access.CheckPinAsync(token, Pin);
        var stored = (await _access.FindAsync(token))!.Link;
        _clock.Jump(TimeSpan.FromSeconds(1));

        Assert.Equal(PinCheck.Locked, justBefore);
        Assert.Equal(lockedAt + _options.PinLockout, stored.LockedUntilUtc);
        Assert.Equal(PinCheck.Ok, await _access.CheckPinAsync(token, Pin));
        Assert.Equal(link.Id, stored.Id);
    }

    public Task DisposeAsync()
    {
        _contexts.Dispose();
        return Task.CompletedTask;
    }

    private async Task<(ShareLink Link, string Token)> ShareAsync(TimeSpan lifetime, string? pin = null)
    {
        var created = await _shares.CreateAsync(_driver, new ShareRequest(_record, lifetime, pin, null, ShowPlate: false, ShowPhoto: false));
        return (created.Link!, created.Token!);
    }

    /// <summary>Wrong PINs until the link locks.</summary>
    private async Task LockAsync(string token)
    {
        for (var i = 0; i < _options.MaxPinAttempts; i++)
        {
            await _access.CheckPinAsync(token, "000000");
        }
    }

    private async Task<ShareLinkState?> FriendStateAsync(string token)
    {
        var target = await _access.FindAsync(token);
        return target?.Link.StateAt(Now, target.Record.IsActive);
    }
}
