using ParkShare.Tests.Web.Api;
using ParkShare.Tests.Web.Drivers;
using ParkShare.Tests.Web.Hosting;
using ParkShare.Tests.Web.Lots;
using ParkShare.Tests.Web.Lots.Exchange;
using ParkShare.Tests.Web.Lots.FloorPlans;
using ParkShare.Tests.Web.Notices;
using ParkShare.Tests.Web.Occupancy;
using ParkShare.Tests.Web.Parking;
using ParkShare.Tests.Web.Refinement;
using ParkShare.Tests.Web.Sharing.Bindings;
using ParkShare.Tests.Web.Sharing.Links;
using ParkShare.Tests.Web.Sharing.Push;
namespace ParkShare.Tests.Support;

/// <summary>A body sent without Content-Length (chunked), so only reading it shows how large it is.</summary>
public sealed class ChunkedContent(byte[] data) : HttpContent
{
    protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(data).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
