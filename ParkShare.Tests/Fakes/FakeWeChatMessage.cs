using System.Text.Json;

namespace ParkShare.Tests.Fakes;

/// <summary>
/// A message the fake WeChat accepted: Kind "subscribe" (mini-program) or "template" (official account);
/// Target is the subscribe page, or the template's url or mini-program page path. Body is the raw JSON.
/// </summary>
public sealed record FakeWeChatMessage(
    DateTime ReceivedAtUtc,
    string Kind,
    string ToOpenId,
    string TemplateId,
    string? Target,
    IReadOnlyDictionary<string, string> Data,
    JsonElement Body);
