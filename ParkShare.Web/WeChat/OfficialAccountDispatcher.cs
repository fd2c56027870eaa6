using System.Globalization;
using Microsoft.Extensions.Localization;
using ParkShare.Core.WeChat;

namespace ParkShare.Web.WeChat;

/// <summary>
/// Decides what a verified, first-seen message does and what to reply (null: "success", nothing to
/// say). Scans go to the scene handler whose prefix starts the scene (the longest one wins);
/// follow changes go to the background queue.
/// </summary>
public sealed class OfficialAccountDispatcher(
    IEnumerable<IOfficialAccountSceneHandler> handlers,
    OfficialAccountCarReply car,
    OfficialAccountBacklog queue,
    IStringLocalizer<OfficialAccountDispatcher> text,
    ILogger<OfficialAccountDispatcher> logger)
{
    private readonly IOfficialAccountSceneHandler[] _handlers = [.. handlers.OrderByDescending(h => h.Prefix.Length)];

    public Task<string?> ReplyAsync(OfficialAccountMessage message, CancellationToken cancellationToken) => message switch
    {
        OfficialAccountTextMessage t => AnswerTextAsync(t, cancellationToken),
        // Events carry no language: Chinese, the account's own.
        OfficialAccountEvent e => InCultureAsync("zh-CN", () => HandleEventAsync(e, cancellationToken)),
        _ => InCultureAsync("zh-CN", () => Task.FromResult<string?>(text["OA.Help"])),
    };

    private Task<string?> AnswerTextAsync(OfficialAccountTextMessage message, CancellationToken cancellationToken)
    {
        var command = OfficialAccountTextCommand.Parse(message.Content);
        return InCultureAsync(command.Culture, async () =>
            command.AsksForCar ? await car.AnswerAsync(message.FromUserName, cancellationToken) : text["OA.Help"]);
    }

    private async Task<string?> HandleEventAsync(OfficialAccountEvent e, CancellationToken cancellationToken)
    {
        var at = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(e.CreateTime, 0, 253402300799)).UtcDateTime;
        if (e.Is(OfficialAccountEvent.Subscribe))
        {
            try
            {
                return await RouteAsync(e, newFollower: true, cancellationToken) ?? text["OA.Welcome"];
            }
            finally
            {
                // After the scene handler: a "link:" scan then finds the follower already linked.
                queue.Enqueue(new OfficialAccountFollowChange(e.FromUserName, true, at));
            }
        }

        if (e.Is(OfficialAccountEvent.Unsubscribe))
        {
            queue.Enqueue(new OfficialAccountFollowChange(e.FromUserName, false, at));
            return null;
        }

        if (e.Is(OfficialAccountEvent.Scan))
        {
            return await RouteAsync(e, newFollower: false, cancellationToken);
        }

        return e.Is(OfficialAccountEvent.Click) && e.EventKey == OfficialAccountTextCommand.MenuMyCar
            ? await car.AnswerAsync(e.FromUserName, cancellationToken)
            : null;
    }

    private async Task<string?> RouteAsync(OfficialAccountEvent e, bool newFollower, CancellationToken cancellationToken)
    {
        if (e.Scene is not { } scene)
        {
            return null;
        }

        var handler = _handlers.FirstOrDefault(h => scene.StartsWith(h.Prefix, StringComparison.Ordinal));
        if (handler is null)
        {
            logger.LogInformation("Official-account scan with a scene no handler knows ({Length} characters)", scene.Length);
            return null;
        }

        return await handler.HandleAsync(new OfficialAccountScan(e.FromUserName, null, scene[handler.Prefix.Length..], newFollower), cancellationToken);
    }

    /// <summary>Runs <paramref name="reply"/> in <paramref name="culture"/>; the caller's culture is untouched (async locals flow down, not back).</summary>
    private static async Task<string?> InCultureAsync(string culture, Func<Task<string?>> reply)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        return await reply();
    }
}
