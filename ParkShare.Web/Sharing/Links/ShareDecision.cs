using ParkShare.Core.Sharing.Links;

namespace ParkShare.Web.Sharing.Links;

/// <summary>What a request for /s/{token} gets, decided once per request (limits counted once); PinRefused: a posted PIN was wrong.</summary>
public sealed record ShareDecision(SharePageView View, int Status, ShareTarget? Target, ShareLinkState State, bool PinRefused = false);
