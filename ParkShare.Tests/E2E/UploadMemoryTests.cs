using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SkiaSharp;
using Xunit.Abstractions;

namespace ParkShare.Tests.E2E;

/// <summary>
/// Uploads cannot exhaust the host: twenty drivers send a 5 MB PNG of 6,300 x 6,300 pixels (159 MB when decoded
/// whole) at the same moment to a real host process, and its peak resident memory (VmHWM) stays under
/// <see cref="PeakBoundMegabytes"/>. Decoded whole and all at once, they would take over 3 GB.
/// </summary>
public sealed class UploadMemoryTests(ITestOutputHelper output)
{
    /// <summary>The stated bound (docs/security.md): the host's peak resident memory, start-up included.</summary>
    public const int PeakBoundMegabytes = 640;

    private const int Side = 6300;
    private const int Drivers = 20;

    [Fact]
    public async Task Upload_TwentyDriversSendA6300PixelPngAtOnce_HostPeakMemoryStaysUnderTheBound()
    {
        var png = NoisyPng();
        Assert.InRange(png.Length, 4_500_000, 5 * 1024 * 1024);
        await using var host = new Host();
        await host.Process.InitializeAsync();
        var drivers = await Task.WhenAll(Enumerable.Range(1, Drivers).Select(i => ParkAsync(host.Process.BaseUrl, $"B3-A-{i:000}")));
        var before = PeakMegabytes(host.Process.ProcessId);

        var responses = await Task.WhenAll(drivers.Select(d => UploadAsync(d.Client, d.RecordId, png)));

        var peak = PeakMegabytes(host.Process.ProcessId);
        output.WriteLine($"host VmHWM: {before} MB before the uploads, {peak} MB after");
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r));
        Assert.True(peak < PeakBoundMegabytes, $"peak {peak} MB (before the uploads {before} MB), bound {PeakBoundMegabytes} MB");
        using var photo = SKBitmap.Decode(await drivers[0].Client.GetByteArrayAsync($"/api/mp/records/{drivers[0].RecordId}/photo"));
        Assert.Equal((2048, 2048), (photo.Width, photo.Height));
        foreach (var driver in drivers)
        {
            driver.Client.Dispose();
        }
    }

    /// <summary>VmHWM of /proc/{pid}/status: the most resident memory the process has had.</summary>
    private static long PeakMegabytes(int processId)
    {
        var line = File.ReadLines($"/proc/{processId}/status").Single(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1024;
    }

    /// <summary>A 6,300 x 6,300 PNG of about 5 MB: flat colour with rows of noise.</summary>
    private static byte[] NoisyPng()
    {
        using var bitmap = new SKBitmap(new SKImageInfo(Side, Side, SKColorType.Rgba8888, SKAlphaType.Opaque));
        bitmap.Erase(new SKColor(90, 110, 130));
        var random = new Random(15);
        var pixels = bitmap.GetPixelSpan();
        var noise = new byte[bitmap.Width * 4];
        for (var y = 0; y < bitmap.Height; y += 26)
        {
            random.NextBytes(noise);
            for (var x = 3; x < noise.Length; x += 4)
            {
                noise[x] = 255;
            }

            noise.CopyTo(pixels.Slice(y * bitmap.RowBytes, noise.Length));
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static async Task<(HttpClient Client, string RecordId)> ParkAsync(string baseUrl, string space)
    {
        var client = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(5) };
        var session = await (await client.PostAsJsonAsync("/api/mp/session", new { code = $"upload-{space}" })).Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.GetProperty("token").GetString());
        var lot = (await client.GetFromJsonAsync<JsonElement>("/api/mp/lots")).GetProperty("items")[0].GetProperty("id").GetString();
        var record = await client.PostAsJsonAsync("/api/mp/records", new { lotId = lot, position = new { kind = "spaceCode", code = space } });
        Assert.Equal(HttpStatusCode.Created, record.StatusCode);
        return (client, (await record.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
    }

    private static async Task<HttpStatusCode> UploadAsync(HttpClient client, string recordId, byte[] png)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(png), "photo", "car.png");
        return (await client.PostAsync($"/api/mp/records/{recordId}/photo", form)).StatusCode;
    }

    private sealed class Host : IAsyncDisposable
    {
        public HostProcess Process { get; } = new();

        public async ValueTask DisposeAsync() => await Process.DisposeAsync();
    }
}
