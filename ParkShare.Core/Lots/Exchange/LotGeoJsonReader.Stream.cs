using System.Globalization;

namespace ParkShare.Core.Lots.Exchange;

/// <summary>Reading a file from a stream (an upload, a picked file) without ever holding more than the limit.</summary>
public sealed partial class LotGeoJsonReader
{
    public const string TooLarge = "too_large";

    /// <summary>
    /// Reads at most <see cref="LotGeoJson.MaxBytes"/> and checks the file; a longer stream is not read further
    /// and answers a single <see cref="TooLarge"/> problem for the file (its detail is the limit in MB).
    /// </summary>
    public static async Task<LotGeoJsonReadResult> ReadAsync(Stream utf8, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await utf8.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > LotGeoJson.MaxBytes)
            {
                return Failed(new GeoJsonProblem(-1, null, null, TooLarge, (LotGeoJson.MaxBytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture)));
            }

            buffer.Write(chunk, 0, read);
        }

        return Read(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
    }
}
