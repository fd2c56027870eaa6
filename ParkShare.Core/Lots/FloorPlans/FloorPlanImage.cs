using System.Security.Cryptography;

namespace ParkShare.Core.Lots.FloorPlans;

/// <summary>A floor-plan image as it is stored: already checked and re-encoded (PNG or JPEG), with its pixel size.</summary>
public sealed record FloorPlanImage(byte[] Bytes, string ContentType, int Width, int Height)
{
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";

    /// <summary>The first 128 bits of the SHA-256, in hex: the ETag and the <c>?v=</c> of the image's address.</summary>
    public string Hash() => Convert.ToHexStringLower(SHA256.HashData(Bytes).AsSpan(0, 16));
}
