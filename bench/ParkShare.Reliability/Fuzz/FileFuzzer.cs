using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace ParkShare.Reliability.Fuzz;

/// <summary>
/// Files and tokens: GeoJSON imports (random, truncated and mutated copies of the demo lot's export),
/// photo uploads (truncated, polyglot, huge-header and random images) and the share token path
/// (/s/{token} and its QR, poster and photo, and the share-view API).
/// </summary>
internal sealed class FileFuzzer(FuzzFixture fixture, string baseUrl, Oracle oracle, Random random)
{
    private readonly byte[] _png = Png(8, 8, 0);

    public async Task GeoJsonAsync(HttpClient http)
    {
        var doc = fixture.GeoJson;
        var body = random.Next(8) switch
        {
            0 => doc[..random.Next(doc.Length)],
            1 => Splice(doc, "\"coordinates\":", "\"coordinates\":" + new[] { "NaN", "[1e400,1]", "[[[]]]", "\"x\"", "null", "[[[0,0],[0,0]]]" }[random.Next(6)]),
            2 => Splice(doc, "\"type\":\"Feature\"", "\"type\":\"" + new[] { "Point", "\\ud800", "", "FeatureCollection" }[random.Next(4)] + "\""),
            3 => "{\"type\":\"FeatureCollection\",\"features\":[" + string.Join(',', Enumerable.Repeat("{\"type\":\"Feature\",\"geometry\":null,\"properties\":{}}", random.Next(1, 3000))) + "]}",
            4 => new string('[', 10_000),
            5 => Splice(doc, "\"properties\":{", "\"properties\":{\"code\":\"" + JsonGen.Strings[random.Next(JsonGen.Strings.Length)] + "\",\"level\":" + JsonGen.Numbers[random.Next(JsonGen.Numbers.Length)] + ","),
            6 => Encoding.Latin1.GetString(RandomBytes(random.Next(1, 4000))),
            _ => Splice(doc, "]]", "]],[[" + string.Join(',', Enumerable.Repeat("[1,1]", random.Next(1, 5000))) + "]]"),
        };
        var replace = random.Next(3) == 0;
        using var request = new HttpRequestMessage(HttpMethod.Post, replace ? $"{baseUrl}/api/console/lots/{fixture.LotId}/geojson?dryRun=true" : $"{baseUrl}/api/console/lots/geojson");
        request.Headers.TryAddWithoutValidation("Cookie", fixture.ConsoleCookie);
        request.Headers.TryAddWithoutValidation("X-ParkShare-Csrf", "1");
        request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        request.Content.Headers.TryAddWithoutValidation("Content-Type", random.Next(2) == 0 ? "application/geo+json" : "application/json");
        using var response = await http.SendAsync(request);
        await oracle.JudgeAsync("geojson", request, body, response, problemDetailsRequired: true);
    }

    public async Task PhotoAsync(HttpClient http)
    {
        var (bytes, type) = random.Next(9) switch
        {
            0 => (_png[..random.Next(_png.Length)], "image/png"),
            1 => (Png(65_535, 65_535, 0), "image/png"),
            2 => (Png(1, 1, 0).Concat(Encoding.ASCII.GetBytes("PK\u0003\u0004<html><script>alert(1)</script>")).ToArray(), "image/png"),
            3 => (Jpeg(65_500, 65_500), "image/jpeg"),
            4 => (Jpeg(8, 8)[..12], "image/jpeg"),
            5 => (Encoding.ASCII.GetBytes("GIF89a/*<svg onload=alert(1)>*/=1;"), "image/gif"),
            6 => (RandomBytes(random.Next(0, 20_000)), "application/octet-stream"),
            7 => (Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"), "image/svg+xml"),
            _ => (_png, "image/png"),
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{baseUrl}/api/mp/records/{(random.Next(6) == 0 ? fixture.OtherRecord : fixture.OwnRecord)}/photo");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + fixture.Own);
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.TryAddWithoutValidation("Content-Type", type);
        form.Add(file, random.Next(8) == 0 ? "file" : "photo", random.Next(5) == 0 ? "../../x\u202Egnp.exe" : "car.png");
        request.Content = form;
        using var response = await http.SendAsync(request);
        await oracle.JudgeAsync("photo", request, $"({bytes.Length} bytes, {type})", response, problemDetailsRequired: true);
    }

    public async Task ShareTokenAsync(HttpClient http)
    {
        var t = fixture.ShareToken;
        var token = random.Next(10) switch
        {
            0 => t,
            1 => t[..random.Next(t.Length)],
            2 => t[..^1] + (t[^1] == 'A' ? 'B' : 'A'),
            3 => Uri.EscapeDataString(JsonGen.Strings[random.Next(JsonGen.Strings.Length)]),
            4 => new string('A', random.Next(200, 9000)),
            5 => "%00" + t,
            6 => "..%2F..%2Fappsettings.json",
            7 => Convert.ToBase64String(RandomBytes(random.Next(1, 64))).Replace('/', '_').Replace('+', '-'),
            8 => t + "%E2%80%AE",
            _ => "%F0%9F%9A%97" + t,
        };
        var suffix = new[] { "", "", "/qr.png", "/qr.svg", "/poster.png", "/photo" }[random.Next(6)];
        HttpRequestMessage request;
        string? body = null;
        if (random.Next(3) == 0)
        {
            body = "{\"token\":" + JsonGen.Quote(Uri.UnescapeDataString(token)) + (random.Next(2) == 0 ? ",\"pin\":\"" + JsonGen.Strings[random.Next(JsonGen.Strings.Length)] + "\"" : string.Empty) + "}";
            request = new HttpRequestMessage(HttpMethod.Post, $"{baseUrl}/api/mp/share-view") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        }
        else
        {
            request = new HttpRequestMessage(HttpMethod.Get, $"{baseUrl}/s/{token}{suffix}");
        }

        using (request)
        {
            using var response = await http.SendAsync(request);
            await oracle.JudgeAsync("share-token", request, body, response, problemDetailsRequired: request.RequestUri!.AbsolutePath.StartsWith("/api/", StringComparison.Ordinal));
        }
    }

    private string Splice(string doc, string find, string with)
    {
        var at = doc.IndexOf(find, random.Next(Math.Max(1, doc.Length / 2)), StringComparison.Ordinal);
        return at < 0 ? doc.Replace(find, with, StringComparison.Ordinal) : doc[..at] + with + doc[(at + find.Length)..];
    }

    private byte[] RandomBytes(int n)
    {
        var b = new byte[n];
        random.NextBytes(b);
        return b;
    }

    /// <summary>A PNG whose header claims width × height, with a tiny (wrong-sized when large) IDAT.</summary>
    private static byte[] Png(int width, int height, byte shade)
    {
        using var ms = new MemoryStream();
        ms.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 2; // RGB
        Chunk(ms, "IHDR", ihdr);
        using var raw = new MemoryStream();
        using (var z = new ZLibStream(raw, CompressionLevel.Fastest, leaveOpen: true))
        {
            var rows = Math.Min(height, 8);
            for (var y = 0; y < rows; y++)
            {
                z.WriteByte(0);
                z.Write(Enumerable.Repeat(shade, Math.Min(width, 8) * 3).ToArray());
            }
        }

        Chunk(ms, "IDAT", raw.ToArray());
        Chunk(ms, "IEND", []);
        return ms.ToArray();
    }

    private static void Chunk(Stream s, string type, byte[] data)
    {
        var len = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(len, data.Length);
        s.Write(len);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        s.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        s.Write(crc);
    }

    private static uint Crc32(byte[] data)
    {
        var c = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            c ^= b;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }
        }

        return c ^ 0xFFFFFFFFu;
    }

    /// <summary>A baseline JPEG's start (SOI, SOF0 with the given size, EOI, no scan): a huge header over nothing.</summary>
    private static byte[] Jpeg(int width, int height) =>
    [
        0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x11, 0x08, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 0x03,
        0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01, 0xFF, 0xD9,
    ];
}
