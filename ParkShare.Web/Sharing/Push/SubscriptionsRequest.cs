namespace ParkShare.Web.Sharing.Push;

/// <summary>POST /api/mp/subscriptions: the template ids wx.requestSubscribeMessage answered "accept" for.</summary>
public sealed record SubscriptionsRequest(IReadOnlyList<string>? Accepted);
