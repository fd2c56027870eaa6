namespace ParkShare.Tests.Fakes;

/// <summary>One stable_token call the fake WeChat answered (successfully or not).</summary>
public sealed record FakeTokenRequest(string AppId, bool ForceRefresh);
