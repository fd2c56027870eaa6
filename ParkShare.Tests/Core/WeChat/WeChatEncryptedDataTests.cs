using ParkShare.Core.WeChat;

namespace ParkShare.Tests.Core.WeChat;

public sealed class WeChatEncryptedDataTests
{
    private static readonly System.Text.Json.JsonElement V = PublicVectors.EncryptedData;

    [Fact]
    public void Decrypt_PublicSample_GivesTheUserAndWatermark()
    {
        var data = WeChatEncryptedData.Decrypt(V.Text("session_key"), V.Text("iv"), V.Text("encrypted_data"), V.Text("appid"));

        Assert.Equal(V.Text("expected_openid"), data.GetProperty("openId").GetString());
        Assert.Equal(V.Text("expected_watermark_timestamp"), data.GetProperty("watermark").GetProperty("timestamp").GetRawText());
    }

    [Fact]
    public void Decrypt_AnotherAppId_Refused()
    {
        var error = Assert.Throws<WeChatProtocolException>(() =>
            WeChatEncryptedData.Decrypt(V.Text("session_key"), V.Text("iv"), V.Text("encrypted_data"), "wx0000000000000000"));

        Assert.Equal(WeChatProtocolError.AppIdMismatch, error.Error);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(-1)]
    public void Decrypt_TamperedData_Refused(int index)
    {
        var bytes = Convert.FromBase64String(V.Text("encrypted_data"));
        bytes[index < 0 ? bytes.Length + index : index] ^= 0x21;

        Assert.Throws<WeChatProtocolException>(() =>
            WeChatEncryptedData.Decrypt(V.Text("session_key"), V.Text("iv"), Convert.ToBase64String(bytes), V.Text("appid")));
    }

    [Theory]
    [InlineData("bad key", "ASJ0whjRyLK1tvgb7bAVSw==", WeChatProtocolError.InvalidKey)]
    [InlineData("/mGmINZAe+7k6kNz32wxSw==", "AAAA", WeChatProtocolError.InvalidKey)]
    public void Decrypt_BadKeyOrIv_InvalidKey(string sessionKey, string iv, WeChatProtocolError expected) =>
        Assert.Equal(expected, Assert.Throws<WeChatProtocolException>(() =>
            WeChatEncryptedData.Decrypt(sessionKey, iv, V.Text("encrypted_data"), V.Text("appid"))).Error);
}
