using System.Net;
using System.Net.Sockets;

namespace ParkShare.Web.Sharing.Links;

/// <summary>What the access log and the rate limits know of a visitor: a network prefix and a coarse device, never the full address.</summary>
public static class ShareClient
{
    /// <summary>IPv4 /24 or IPv6 /48, e.g. "203.0.113.0/24".</summary>
    public static string? Network(IPAddress? address)
    {
        if (address is null)
        {
            return null;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        var bytes = address.GetAddressBytes();
        var keep = address.AddressFamily == AddressFamily.InterNetwork ? 3 : 6;
        for (var i = keep; i < bytes.Length; i++)
        {
            bytes[i] = 0;
        }

        return $"{new IPAddress(bytes)}/{keep * 8}";
    }

    /// <summary>The rate limits' key: the whole address (kept in memory for a minute, never stored).</summary>
    public static string Key(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    public static string Device(string? userAgent)
    {
        var ua = userAgent ?? string.Empty;
        var os = ua.Contains("iPhone", StringComparison.Ordinal) || ua.Contains("iPad", StringComparison.Ordinal) ? "iOS"
            : ua.Contains("Android", StringComparison.Ordinal) ? "Android"
            : ua.Contains("Windows", StringComparison.Ordinal) ? "Windows"
            : ua.Contains("Mac OS", StringComparison.Ordinal) ? "macOS"
            : ua.Contains("Linux", StringComparison.Ordinal) ? "Linux"
            : "?";
        var app = ua.Contains("MicroMessenger", StringComparison.Ordinal) ? "WeChat"
            : ua.Contains("Edg/", StringComparison.Ordinal) ? "Edge"
            : ua.Contains("Chrome/", StringComparison.Ordinal) || ua.Contains("Chromium/", StringComparison.Ordinal) ? "Chrome"
            : ua.Contains("Firefox/", StringComparison.Ordinal) ? "Firefox"
            : ua.Contains("Safari/", StringComparison.Ordinal) ? "Safari"
            : "browser";
        return $"{os} · {app}";
    }
}
