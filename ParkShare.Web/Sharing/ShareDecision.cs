using ParkShare.Core.Sharing;
using ParkShare.Web.Components.Pages.Share;

namespace ParkShare.Web.Sharing;

/// <summary>What a request for /s/{token} gets, decided once per request (limits counted once); PinRefused: a posted PIN was wrong.</summary>
public sealed record ShareDecision(SharePageView View, int Status, ShareTarget? Target, ShareLinkState State, bool PinRefused = false);
