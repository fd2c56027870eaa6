using System.ComponentModel.DataAnnotations;

namespace ParkShare.Web.Hosting;

/// <summary>The root key PublicBaseUrl: the absolute address share links and their QR codes point to.</summary>
public sealed class PublicSiteOptions
{
    [Required, Url]
    public string PublicBaseUrl { get; set; } = string.Empty;

    public string SharePage(string token) => $"{PublicBaseUrl.TrimEnd('/')}/s/{token}";
}
