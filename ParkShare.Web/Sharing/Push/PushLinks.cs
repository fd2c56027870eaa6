using Microsoft.Extensions.Options;
using ParkShare.Core.Sharing.Bindings;
using ParkShare.Core.Sharing.Links;
using ParkShare.Core.Sharing.Push;

using ParkShare.Web.Hosting;
using ParkShare.Web.Sharing.Bindings;
using ParkShare.Web.Sharing.Links;
namespace ParkShare.Web.Sharing.Push;

/// <summary>Absolute links for pushes, on PublicBaseUrl.</summary>
public sealed class PushLinks(IOptions<PublicSiteOptions> site) : IPushLinks
{
    public string SharePage(string token) => site.Value.SharePage(token);

    public string MobilePage(string path) => $"{site.Value.PublicBaseUrl.TrimEnd('/')}{path}";
}
