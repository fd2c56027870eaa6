namespace ParkShare.Web.Parking;

/// <summary>The re-encoded JPEG and its size, or why the upload is not a photo we take.</summary>
public sealed record ProcessedPhoto(byte[]? Jpeg, int Width, int Height, PhotoError Error)
{
    public static ProcessedPhoto Ok(byte[] jpeg, int width, int height) => new(jpeg, width, height, PhotoError.None);

    public static ProcessedPhoto Refused(PhotoError error) => new(null, 0, 0, error);
}
