using System.Globalization;
using ParkShare.Core.Sharing.Links;

namespace ParkShare.Web.Sharing.Links;

/// <summary>
/// Decides what a visit to a share link shows: too many tries (429), unknown (404), finished (410),
/// locked, PIN asked, or the car, logging the view. Both the fast page and the Blazor page ask here;
/// the decision is kept for the request so a limit is counted once.
/// </summary>
public sealed class ShareVisitor(ShareAccess access, ShareViewLog views, ShareRateLimits limits, SharePinCookie pins, ShareViewGrant grants, TimeProvider clock)
{
    private const string ItemKey = "ParkShare.ShareDecision";

    /// <param name="countsAsView">False for the "picked up" confirmation: only the page itself is a view.</param>
    /// <param name="posted">
    /// The mini-program's POST /api/mp/share-view: the request itself is the view (as a page GET is),
    /// and the PIN comes in its body instead of the page's cookie.
    /// </param>
    public async Task<ShareDecision> DecideAsync(HttpContext context, string token, bool countsAsView = true, PostedShareVisit? posted = null)
    {
        if (context.Items[ItemKey] is ShareDecision decided)
        {
            return decided;
        }

        var decision = await DecideOnceAsync(context, token, countsAsView, posted);
        context.Items[ItemKey] = decision;
        if (decision.Status == StatusCodes.Status429TooManyRequests)
        {
            context.Response.Headers.RetryAfter = ((int)ShareRateLimits.RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }

        return decision;
    }

    private async Task<ShareDecision> DecideOnceAsync(HttpContext context, string token, bool countsAsView, PostedShareVisit? posted)
    {
        var client = ShareClient.Key(context);
        if (!limits.MayTry(client))
        {
            return new(SharePageView.TooMany, StatusCodes.Status429TooManyRequests, null, default);
        }

        // Read before the link: whatever this visit calls expired, the read below has already stored as seen.
        var now = clock.GetUtcNow().UtcDateTime;
        if (await access.FindAsync(token, context.RequestAborted) is not { } target)
        {
            limits.Missed(client);
            return new(SharePageView.NotFound, StatusCodes.Status404NotFound, null, default);
        }

        var state = target.Link.StateAt(now, target.Record.IsActive, views.Pending(target.Link.Id));
        var isGet = (HttpMethods.IsGet(context.Request.Method) || posted is not null) && countsAsView;
        if (state == ShareLinkState.UsedUp && !isGet && grants.Proves(context, target.Link.Id))
        {
            // This browser's view was the last one: its page may still load the photo and say "picked up".
            state = ShareLinkState.Active;
        }

        if (state != ShareLinkState.Active)
        {
            return new(SharePageView.Gone, StatusCodes.Status410Gone, target, state);
        }

        if (target.Link.IsLockedAt(now))
        {
            return new(SharePageView.Locked, StatusCodes.Status403Forbidden, target, state);
        }

        if (target.Link.HasPin && posted is not null)
        {
            switch (posted.Pin is null ? PinCheck.Wrong : await access.CheckPinAsync(token, posted.Pin, context.RequestAborted))
            {
                case PinCheck.Locked:
                    return new(SharePageView.Locked, StatusCodes.Status403Forbidden, await access.FindAsync(token, context.RequestAborted) ?? target, state);
                case PinCheck.Wrong when posted.Pin is null:
                    return new(SharePageView.Pin, StatusCodes.Status200OK, target, state);
                case PinCheck.Wrong:
                    limits.Missed(client);
                    return new(SharePageView.Pin, StatusCodes.Status403Forbidden, target, state, PinRefused: true);
            }
        }
        else if (target.Link.HasPin && !pins.Proves(context, target.Link.Id))
        {
            return new(SharePageView.Pin, StatusCodes.Status200OK, target, state);
        }

        if (isGet && !limits.MayView(target.Link.Id))
        {
            return new(SharePageView.TooMany, StatusCodes.Status429TooManyRequests, target, state);
        }

        if (isGet)
        {
            // A view limit is counted in the database before the car is shown (one conditional UPDATE).
            var counted = target.Link.MaxViews is not null;
            if (counted && !await access.TryCountViewAsync(target.Link.Id, context.RequestAborted))
            {
                return new(SharePageView.Gone, StatusCodes.Status410Gone, target, ShareLinkState.UsedUp);
            }

            if (counted)
            {
                grants.Issue(context, token, target.Link.Id);
            }

            views.Add(new ShareViewEntry(target.Link.Id, now, ShareClient.Device(context.Request.Headers.UserAgent), ShareClient.Network(context.Connection.RemoteIpAddress), counted));
        }

        return new(SharePageView.Car, StatusCodes.Status200OK, target, state);
    }
}
