using ParkShare.Core.Sharing.Bindings;
using ParkShare.Core.Sharing.Links;
using ParkShare.Core.Sharing.Push;

using ParkShare.Web.Hosting;
using ParkShare.Web.Sharing.Bindings;
using ParkShare.Web.Sharing.Push;
namespace ParkShare.Web.Sharing.Links;

/// <summary>What a request for /s/{token} gets, decided once per request (limits counted once).</summary>
public sealed record ShareDecision(SharePageView View, int Status, ShareTarget? Target, ShareLinkState State);
