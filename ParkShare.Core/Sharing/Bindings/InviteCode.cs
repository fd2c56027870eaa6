using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace ParkShare.Core.Sharing.Bindings;

/// <summary>
/// An invite's secret: 128 random bits as 22 base64url characters, short enough for a mini-program
/// code's scene (≤ 32) and an official-account scene "bind:&lt;code&gt;". Looked up by SHA-256.
/// </summary>
public static class InviteCode
{
    public const int Length = 22;
    public const string ScenePrefix = "bind:";
    public const string MiniProgramPage = "pages/bind/accept";

    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    public static bool IsWellFormed(string? code) =>
        code is { Length: Length } && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public static byte[]? Hash(string? code) => IsWellFormed(code) ? SHA256.HashData(Encoding.ASCII.GetBytes("invite:" + code)) : null;

    public static string SharePath(string code) => $"{MiniProgramPage}?invite={code}";

    public static string Scene(string code) => ScenePrefix + code;
}
