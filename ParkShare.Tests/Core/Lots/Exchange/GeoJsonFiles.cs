using System.Text.Json.Nodes;
using ParkShare.Core.Lots;
using ParkShare.Core.Lots.Exchange;

namespace ParkShare.Tests.Core.Lots.Exchange;

/// <summary>The demo lot exported once, and ways to break a copy of it for the import tests.</summary>
public static class GeoJsonFiles
{
    private static readonly Lazy<byte[]> LazyDemo = new(() =>
    {
        using var stream = new MemoryStream();
        LotGeoJsonExporter.WriteAsync(LotGenerator.Generate(LotLayout.Demo), stream).GetAwaiter().GetResult();
        return stream.ToArray();
    });

    public static byte[] Demo => LazyDemo.Value;

    /// <summary>A copy of the demo file with the first feature of <paramref name="featureType"/> changed; returns the file and that feature's index.</summary>
    public static (byte[] File, int Index) Broken(string featureType, Action<JsonObject> change, Func<JsonObject, bool>? which = null)
    {
        var root = JsonNode.Parse(Demo)!.AsObject();
        var features = root["features"]!.AsArray();
        var index = features.Select((f, i) => (f, i))
            .First(x => x.f!["feature_type"]!.GetValue<string>() == featureType && (which is null || which(x.f.AsObject()))).i;
        change(features[index]!.AsObject());
        return (System.Text.Encoding.UTF8.GetBytes(root.ToJsonString()), index);
    }

    public static JsonObject Properties(JsonObject feature) => feature["properties"]!.AsObject();
}
