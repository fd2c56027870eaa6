using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ParkShare.Core.Drivers;
using ParkShare.Core.Lots;
using ParkShare.Core.Notices;
using ParkShare.Core.Parking;
using ParkShare.Core.Refinement;
using ParkShare.Core.Sharing.Bindings;
using ParkShare.Core.Sharing.Links;
using ParkShare.Core.Sharing.Push;
using ParkShare.Core.WeChat;
using ParkShare.Tests.Fakes;

namespace ParkShare.Tests.Core.Sharing.Push;

/// <summary>A migrated database with the demo lot, a fake clock and WeChat, and the binding and push services over them.</summary>
public sealed class PushWorld : IDisposable
{
    public const string SubscribeTemplate = "tmpl-sub-position";
    public const string OfficialTemplate = "tmpl-oa-position";

    private PushWorld()
    {
    }

    public TempDatabase Contexts { get; } = new();

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));

    public CountingWeChatClient WeChat { get; } = new();

    public PushDispatchHooks Hooks { get; } = new();

    public PushOptions Push { get; } = new() { BatchSize = 50, MaxAttempts = 4, BaseBackoff = TimeSpan.FromSeconds(10), Lease = TimeSpan.FromMinutes(1) };

    public BindingOptions BindingRules { get; } = new() { MaxOpenInvites = 3, MaxFriends = 3 };

    public WeChatOptions WeChatSettings { get; } = new()
    {
        Templates = new WeChatTemplateOptions
        {
            PositionSharedSubscribe = SubscribeTemplate, PositionSharedTemplate = OfficialTemplate,
            DriverNoticeSubscribe = "tmpl-sub-notice", DriverNoticeTemplate = "tmpl-oa-notice",
        },
    };

    public LotMap Map { get; private set; } = default!;

    public SpaceStateNotifier Notifier { get; } = new();

    public ParkingService Parking { get; private set; } = default!;

    public BindingService Bindings { get; private set; } = default!;

    public ShareService Shares { get; private set; } = default!;

    public static async Task<PushWorld> CreateAsync()
    {
        var world = new PushWorld();
        await world.Contexts.MigrateAsync();
        var lot = LotGenerator.Generate(LotLayout.Demo);
        await using (var db = world.Contexts.CreateDbContext())
        {
            db.Lots.Add(lot);
            await db.SaveChangesAsync();
        }

        world.Map = LotMap.Build(lot);
        world.Parking = new ParkingService(world.Contexts, new PositionRefiner(), world.Clock, world.Notifier);
        world.Bindings = new BindingService(world.Contexts, world.Clock, Options.Create(world.BindingRules));
        world.Shares = new ShareService(world.Contexts, new PlainProtector(), world.Clock, Options.Create(new SharingOptions()));
        return world;
    }

    /// <summary>A driver known on the mini-program, the official account, or both (linked as by a unionid).</summary>
    public async Task<Driver> AddDriverAsync(string name, bool miniProgram = true, bool officialAccount = false)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        var driver = miniProgram
            ? Driver.Create(new WeChatIdentity(WeChatChannel.MiniProgram, "mp-" + name, "union-" + name), now)
            : Driver.Create(new WeChatIdentity(WeChatChannel.OfficialAccount, "oa-" + name, "union-" + name), now);
        if (miniProgram && officialAccount)
        {
            driver.Link(new WeChatIdentity(WeChatChannel.OfficialAccount, "oa-" + name, "union-" + name));
        }

        await using var db = Contexts.CreateDbContext();
        db.Drivers.Add(driver);
        await db.SaveChangesAsync();
        return driver;
    }

    public async Task<Binding> BindAsync(Driver driver, Driver friend)
    {
        var invite = await Bindings.CreateInviteAsync(driver.Id);
        return (await Bindings.AcceptAsync(friend.Id, invite.Code)).Binding!;
    }

    public DetailedPosition Position(string code) => new PositionRefiner().Describe(Map, Map.Spaces.First(s => s.Code == code), ResolvedBy.SpaceCode);

    public async Task<ParkingRecord> ParkAsync(Driver driver, string code = "B2-C-017", IReadOnlyList<Guid>? friends = null) =>
        (await Parking.ParkAsync(driver.Id, Position(code), new ParkingDetails("沪A12345", null, null, friends))).Record!;

    public async Task GrantAsync(Driver driver, string template = SubscribeTemplate, int count = 1)
    {
        await new SubscriptionService(Contexts, Clock).AcceptAsync(driver.Id, [.. Enumerable.Repeat(template, count)]);
    }

    public PushDispatcher NewDispatcher(IWeChatClient? client = null) => new(
        Contexts, client ?? WeChat,
        new PushComposer(Contexts, Shares, new Texts(), new Links(), Options.Create(WeChatSettings), Clock),
        Hooks, Clock, Options.Create(Push), NullLogger<PushDispatcher>.Instance);

    public async Task<List<OutboxMessage>> MessagesAsync()
    {
        await using var db = Contexts.CreateDbContext();
        return await db.OutboxMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }

    /// <summary>Runs batches (moving the clock past every backoff) until nothing is pending.</summary>
    public async Task DrainAsync(PushDispatcher dispatcher, int rounds = 50)
    {
        for (var i = 0; i < rounds && (await MessagesAsync()).Any(m => m.State == OutboxState.Pending); i++)
        {
            await dispatcher.DispatchDueAsync();
            Clock.Advance(Push.MaxBackoff);
        }
    }

    public void Dispose() => Contexts.Dispose();

    private sealed class Texts : IPushTexts
    {
        public string Title(OutboxEvent evt, NoticeKind? noticeKind) => $"{evt} {noticeKind}".Trim();
    }

    private sealed class Links : IPushLinks
    {
        public string SharePage(string token) => "https://park.example.com/s/" + token;

        public string MobilePage(string path) => "https://park.example.com" + path;
    }

    private sealed class PlainProtector : IShareTokenProtector
    {
        public string Protect(string token) => "p:" + token;

        public string? Unprotect(string protectedToken) => protectedToken.StartsWith("p:", StringComparison.Ordinal) ? protectedToken[2..] : null;
    }
}
