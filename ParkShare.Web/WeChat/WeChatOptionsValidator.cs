using Microsoft.Extensions.Options;
using ParkShare.Core.WeChat;

namespace ParkShare.Web.WeChat;

/// <summary>
/// Live mode needs both apps' credentials, the server-URL Token and a 43-character EncodingAESKey; the
/// API base is https (http only on loopback, for the tests' fake server). Messages name the key, never its value.
/// </summary>
public sealed class WeChatOptionsValidator : IValidateOptions<WeChatOptions>
{
    public const int EncodingAesKeyLength = 43;

    /// <summary>The shipped appsettings.json's demo values for the sandbox callback: public, so never live.</summary>
    public const string SandboxToken = "parkshare-sandbox";

    public const string SandboxEncodingAesKey = "/RiLktf0ChpIjmI4qxLkztFeWKby4qBswQNCSZQVmaY";

    public ValidateOptionsResult Validate(string? name, WeChatOptions options)
    {
        var failures = new List<string>();
        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api)
            || !(api.Scheme == Uri.UriSchemeHttps || (api.Scheme == Uri.UriSchemeHttp && api.IsLoopback)))
        {
            failures.Add("WeChat:ApiBaseUrl must be an absolute https URL (http only for a loopback address).");
        }

        if (!options.IsSandbox)
        {
            Require(failures, options.MiniProgram.AppId, "WeChat:MiniProgram:AppId");
            Require(failures, options.MiniProgram.AppSecret, "WeChat:MiniProgram:AppSecret");
            Require(failures, options.OfficialAccount.AppId, "WeChat:OfficialAccount:AppId");
            Require(failures, options.OfficialAccount.AppSecret, "WeChat:OfficialAccount:AppSecret");
            Require(failures, options.OfficialAccount.Token, "WeChat:OfficialAccount:Token");
            if (options.OfficialAccount.Token == SandboxToken || options.OfficialAccount.EncodingAESKey == SandboxEncodingAesKey)
            {
                failures.Add("WeChat:OfficialAccount:Token and EncodingAESKey are still the sandbox demo values from appsettings.json: set your official account's own.");
            }

            if (!IsEncodingAesKey(options.OfficialAccount.EncodingAESKey))
            {
                failures.Add($"WeChat:OfficialAccount:EncodingAESKey must be the {EncodingAesKeyLength}-character key from the official account's server settings.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public static bool IsEncodingAesKey(string? key)
    {
        if (key is not { Length: EncodingAesKeyLength } || !key.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '/'))
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[33];
        return Convert.TryFromBase64String(key + "=", bytes, out var written) && written == 32;
    }

    private static void Require(List<string> failures, string? value, string key)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"{key} is required when WeChat:Mode is Live (set it in an environment variable, e.g. {key.Replace(":", "__", StringComparison.Ordinal)}).");
        }
    }
}
