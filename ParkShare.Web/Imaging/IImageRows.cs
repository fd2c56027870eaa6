namespace ParkShare.Web.Imaging;

/// <summary>A picture read top to bottom, one row of premultiplied RGBA (4 bytes a pixel) at a time.</summary>
public interface IImageRows : IDisposable
{
    /// <summary>Fills <paramref name="row"/> with the next row; false when the picture is damaged or cut short.</summary>
    bool TryRead(Span<byte> row);
}
