using Microsoft.Extensions.Options;
using ParkShare.Core.Sharing.Push;
using ParkShare.Web.Hosting;

namespace ParkShare.Web.Sharing.Push;

/// <summary>Absolute links for pushes, on PublicBaseUrl.</summary>
public sealed class PushLinks(IOptions<PublicSiteOptions> site) : IPushLinks
{
    public string SharePage(string token) => site.Value.SharePage(token);

    public string MobilePage(string path) => $"{site.Value.PublicBaseUrl.TrimEnd('/')}{path}";
}
