using ParkShare.Core.Drivers;
using ParkShare.Core.Sharing.Bindings;
using ParkShare.Tests.Core.Sharing.Push;

namespace ParkShare.Tests.Core.Sharing.Bindings;

/// <summary>People by name: each side's alias of the other, the other's own nickname otherwise, and who invites before accepting.</summary>
public sealed class BoundPeopleTests : IAsyncLifetime
{
    private PushWorld _world = default!;
    private BoundPeople _people = default!;
    private DriverProfiles _profiles = default!;

    public async Task InitializeAsync()
    {
        _world = await PushWorld.CreateAsync();
        _people = new BoundPeople(_world.Contexts, _world.Clock);
        _profiles = new DriverProfiles(_world.Contexts);
    }

    public Task DisposeAsync()
    {
        _world.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ListAsync_NicknamesAndAliases_EachSideSeesItsOwnNameForTheOther()
    {
        var (driver, friend) = (await _world.AddDriverAsync("a"), await _world.AddDriverAsync("b"));
        await _profiles.RenameAsync(driver.Id, "小王");
        await _profiles.RenameAsync(friend.Id, "小雨");
        var binding = await _world.BindAsync(driver, friend);

        var renamed = await _people.SetAliasAsync(driver.Id, binding.Id, " 老婆 ");
        var mine = Assert.Single(await _people.ListAsync(driver.Id));
        var theirs = Assert.Single(await _people.ListAsync(friend.Id));

        Assert.Equal("老婆", renamed.Person!.Name);
        Assert.Equal(("老婆", "小雨", friend.Id), (mine.Name, mine.Nickname, mine.OtherId));
        Assert.Equal(("小王", (string?)null, driver.Id), (theirs.Name, theirs.Alias, theirs.OtherId));
        Assert.Equal("小雨", (await _people.SetAliasAsync(driver.Id, binding.Id, null)).Person!.Name);
    }

    [Fact]
    public async Task SetAliasAsync_BadNameOrNotMine_RefusedAndNothingSaved()
    {
        var (driver, friend, stranger) = (await _world.AddDriverAsync("a"), await _world.AddDriverAsync("b"), await _world.AddDriverAsync("c"));
        var binding = await _world.BindAsync(driver, friend);

        Assert.Equal(PersonNameError.Empty, (await _people.SetAliasAsync(friend.Id, binding.Id, "  ")).NameError);
        Assert.Equal(PersonNameError.TooLong, (await _people.SetAliasAsync(friend.Id, binding.Id, new string('x', 33))).NameError);
        Assert.Equal(PersonNameError.ControlCharacter, (await _people.SetAliasAsync(friend.Id, binding.Id, "a\u0007")).NameError);
        Assert.Equal(BindingError.NotFound, (await _people.SetAliasAsync(stranger.Id, binding.Id, "偷看")).Error);
        Assert.Null(Assert.Single(await _people.ListAsync(friend.Id)).Name);
        Assert.Null(Assert.Single(await _people.ListAsync(driver.Id)).Name);
    }

    [Fact]
    public async Task PreviewInviteAsync_OpenInvite_NamesTheInviterWithoutUsingIt()
    {
        var (driver, friend) = (await _world.AddDriverAsync("a"), await _world.AddDriverAsync("b"));
        await _profiles.RenameAsync(driver.Id, "小王");
        var invite = await _world.Bindings.CreateInviteAsync(driver.Id);

        var preview = await _people.PreviewInviteAsync(friend.Id, invite.Code);
        var own = await _people.PreviewInviteAsync(driver.Id, invite.Code);

        Assert.Equal(("小王", BindingError.None), (preview.InviterName, preview.Error));
        Assert.Equal(BindingError.OwnInvite, own.Error);
        Assert.Empty(await _people.ListAsync(friend.Id));
        await _world.Bindings.AcceptAsync(friend.Id, invite.Code);
        Assert.Equal(BindingError.InviteUsed, (await _people.PreviewInviteAsync(friend.Id, invite.Code)).Error);
        Assert.Equal(BindingError.InviteNotFound, (await _people.PreviewInviteAsync(friend.Id, "nope")).Error);
    }

    [Fact]
    public async Task PreviewInviteAsync_AfterLifetime_Expired()
    {
        var (driver, friend) = (await _world.AddDriverAsync("a"), await _world.AddDriverAsync("b"));
        var invite = await _world.Bindings.CreateInviteAsync(driver.Id);

        _world.Clock.Advance(_world.BindingRules.InviteLifetime + TimeSpan.FromSeconds(1));

        Assert.Equal(BindingError.InviteExpired, (await _people.PreviewInviteAsync(friend.Id, invite.Code)).Error);
    }
}
