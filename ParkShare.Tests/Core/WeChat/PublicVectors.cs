using System.Text.Json;

namespace ParkShare.Tests.Core.WeChat;

/// <summary>wechat-public-vectors.json: the safe-mode message sample from public test suites.</summary>
public static class PublicVectors
{
    private static readonly Lazy<JsonElement> Root = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Core", "WeChat", "wechat-public-vectors.json"))).RootElement.Clone());

    public static JsonElement MsgCrypt => Root.Value.GetProperty("msg_crypt");

    public static string Text(this JsonElement element, string name) => element.GetProperty(name).GetString()!;
}
