using ParkShare.Core.WeChat;
using ParkShare.Tests.Fakes;
using ParkShare.Web.WeChat;

namespace ParkShare.Tests.Web.WeChat;

public sealed class WeChatOptionsValidatorTests
{
    private static WeChatOptions Live() => new()
    {
        Mode = WeChatOptions.LiveMode,
        MiniProgram = new WeChatAppOptions { AppId = FakeWeChatServer.MiniProgramAppId, AppSecret = FakeWeChatServer.MiniProgramSecret },
        OfficialAccount = new WeChatOfficialAccountOptions
        {
            AppId = FakeWeChatServer.OfficialAccountAppId,
            AppSecret = FakeWeChatServer.OfficialAccountSecret,
            Token = FakeWeChatServer.OfficialAccountToken,
            EncodingAESKey = FakeWeChatServer.EncodingAesKey,
        },
    };

    [Fact]
    public void Validate_CompleteLive_Succeeds() =>
        Assert.True(new WeChatOptionsValidator().Validate(null, Live()).Succeeded);

    [Fact]
    public void Validate_SandboxWithoutCredentials_Succeeds() =>
        Assert.True(new WeChatOptionsValidator().Validate(null, new WeChatOptions()).Succeeded);

    [Fact]
    public void Validate_LiveWithoutCredentials_NamesEveryMissingKey()
    {
        var result = new WeChatOptionsValidator().Validate(null, new WeChatOptions { Mode = WeChatOptions.LiveMode });

        Assert.True(result.Failed);
        foreach (var key in new[] { "MiniProgram:AppId", "MiniProgram:AppSecret", "OfficialAccount:AppId", "OfficialAccount:AppSecret", "OfficialAccount:Token", "OfficialAccount:EncodingAESKey" })
        {
            Assert.Contains(result.Failures!, f => f.StartsWith("WeChat:" + key + " ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Validate_LiveWithShippedSandboxToken_Fails()
    {
        var options = Live();
        options.OfficialAccount.Token = WeChatOptionsValidator.SandboxToken;

        var result = new WeChatOptionsValidator().Validate(null, options);

        var failure = Assert.Single(result.Failures!);
        Assert.Contains("sandbox demo values", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ShippedAppSettingsAesKey_IsTheSandboxKey()
    {
        // The shipped configuration's demo key is the one Live mode refuses.
        var settings = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "appsettings.json")));
        var key = settings.RootElement.GetProperty("WeChat").GetProperty("OfficialAccount").GetProperty("EncodingAESKey").GetString();

        Assert.Equal(WeChatOptionsValidator.SandboxEncodingAesKey, key);
        Assert.True(WeChatOptionsValidator.IsEncodingAesKey(key));
    }

    [Theory]
    [InlineData("short")]
    [InlineData("kWxPEV2UEDyxWpmPdKC3F4dgPDmOvfKX1HGnEUDS1a!")]
    [InlineData("kWxPEV2UEDyxWpmPdKC3F4dgPDmOvfKX1HGnEUDS1aRR")]
    public void Validate_BadEncodingAesKey_FailsWithoutShowingIt(string key)
    {
        var options = Live();
        options.OfficialAccount.EncodingAESKey = key;

        var result = new WeChatOptionsValidator().Validate(null, options);

        var failure = Assert.Single(result.Failures!);
        Assert.Contains("WeChat:OfficialAccount:EncodingAESKey", failure, StringComparison.Ordinal);
        Assert.DoesNotContain(key, failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://api.weixin.qq.com", false)]
    [InlineData("api.weixin.qq.com", false)]
    [InlineData("https://api.weixin.qq.com", true)]
    [InlineData("http://127.0.0.1:5123", true)]
    public void Validate_ApiBaseUrl_HttpsOrLoopback(string url, bool valid)
    {
        var options = Live();
        options.ApiBaseUrl = url;

        Assert.Equal(valid, new WeChatOptionsValidator().Validate(null, options).Succeeded);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ParkShare.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ParkShare.sln not found above the test binaries.");
    }
}
