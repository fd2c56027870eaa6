using ParkShare.Core.Sharing.Bindings;
using ParkShare.Tests.Core.Sharing.Push;

namespace ParkShare.Tests.Core.Sharing.Bindings;

/// <summary>Invites and bindings: single use, expiry, one's own invite, limits, revocation by either side.</summary>
public sealed class BindingServiceTests : IAsyncLifetime
{
    private PushWorld _world = default!;

    public async Task InitializeAsync() => _world = await PushWorld.CreateAsync();

    public Task DisposeAsync()
    {
        _world.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Accept_ValidInvite_BindsOnceAndTheInviteIsSingleUse()
    {
        var (driver, friend, third) = (await _world.AddDriverAsync("a"), await _world.AddDriverAsync("b"), await _world.AddDriverAsync("c"));
        var invite = await _world.Bindings.CreateInviteAsync(driver.Id);

        var accepted = await _world.Bindings.AcceptAsync(friend.Id, invite.Code);
        var again = await _world.Bindings.AcceptAsync(friend.Id, invite.Code);
        var other = await _world.Bindings.AcceptAsync(third.Id, invite.Code);

        Assert.Equal(InviteCode.Length, invite.Code!.Length);
        Assert.Equal((driver.Id, friend.Id, false), (accepted.Binding!.DriverId, accepted.Binding.FriendId, accepted.AlreadyBound));
        Assert.True(again.AlreadyBound);
        Assert.Equal(accepted.Binding.Id, again.Binding!.Id);
        Assert.Equal(BindingError.InviteUsed, other.Error);
        Assert.Single(await _world.Bindings.ListAsync(driver.Id));
        Assert.Empty(await _world.Bindings.ListAsync(third.Id));
    }

    [Fact]
    public async Task Accept_AfterLifetime_Expired()
    {
        var (driver, friend) = (await _world.AddDriverAsync("a"), await _world.AddDriverAsync("b"));
        var invite = await _world.Bindings.CreateInviteAsync(driver.Id);

        _world.Clock.Advance(_world.BindingRules.InviteLifetime + TimeSpan.FromSeconds(1));

        Assert.Equal(BindingError.InviteExpired, (await _world.Bindings.AcceptAsync(friend.Id, invite.Code)).Error);
        Assert.Empty(await _world.Bindings.ListAsync(friend.Id));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Accept_UnknownOrMalformedCode_NotFound(string? code)
    {
        var friend = await _world.AddDriverAsync("b");

        Assert.Equal(BindingError.InviteNotFound, (await _world.Bindings.AcceptAsync(friend.Id, code)).Error);
    }

    [Fact]
    public async Task Accept_OwnInvite_RefusedAndStillUsable()
    {
        var (driver, friend) = (await _world.AddDriverAsync("a"), await _world.AddDriverAsync("b"));
        var invite = await _world.Bindings.CreateInviteAsync(driver.Id);

        Assert.Equal(BindingError.OwnInvite, (await _world.Bindings.AcceptAsync(driver.Id, invite.Code)).Error);
        Assert.NotNull((await _world.Bindings.AcceptAsync(friend.Id, invite.Code)).Binding);
    }

    [Fact]
    public async Task CreateInvite_BeyondOpenInvites_RefusedUntilOneExpires()
    {
        var driver = await _world.AddDriverAsync("a");
        for (var i = 0; i < _world.BindingRules.MaxOpenInvites; i++)
        {
            Assert.NotNull((await _world.Bindings.CreateInviteAsync(driver.Id)).Code);
        }

        Assert.Equal(BindingError.TooManyInvites, (await _world.Bindings.CreateInviteAsync(driver.Id)).Error);
        _world.Clock.Advance(_world.BindingRules.InviteLifetime);
        Assert.NotNull((await _world.Bindings.CreateInviteAsync(driver.Id)).Code);
    }

    [Fact]
    public async Task Accept_DriverAtFriendLimit_Refused()
    {
        var driver = await _world.AddDriverAsync("a");
        var pending = await _world.Bindings.CreateInviteAsync(driver.Id);
        for (var i = 0; i < _world.BindingRules.MaxFriends; i++)
        {
            await _world.BindAsync(driver, await _world.AddDriverAsync("f" + i));
        }

        var late = await _world.AddDriverAsync("late");

        Assert.Equal(BindingError.TooManyFriends, (await _world.Bindings.AcceptAsync(late.Id, pending.Code)).Error);
        Assert.Equal(BindingError.TooManyFriends, (await _world.Bindings.CreateInviteAsync(driver.Id)).Error);
    }

    [Fact]
    public async Task Revoke_ByEitherSide_EndsForBothAndOthersCannot()
    {
        var (driver, friend, stranger) = (await _world.AddDriverAsync("a"), await _world.AddDriverAsync("b"), await _world.AddDriverAsync("c"));
        var first = await _world.BindAsync(driver, friend);
        var back = await _world.BindAsync(friend, driver);

        Assert.Equal(BindingError.NotFound, (await _world.Bindings.RevokeAsync(stranger.Id, first.Id)).Error);
        Assert.Equal(2, (await _world.Bindings.ListAsync(driver.Id)).Count);
        Assert.NotNull((await _world.Bindings.RevokeAsync(friend.Id, first.Id)).Binding);
        Assert.NotNull((await _world.Bindings.RevokeAsync(driver.Id, back.Id)).Binding);
        Assert.Equal(BindingError.NotFound, (await _world.Bindings.RevokeAsync(driver.Id, first.Id)).Error);

        Assert.Empty(await _world.Bindings.ListAsync(driver.Id));
        Assert.Empty(await _world.Bindings.ListAsync(friend.Id));
        // Bound again after ending: a new binding, not the old one revived.
        Assert.NotEqual(first.Id, (await _world.BindAsync(driver, friend)).Id);
    }
}
