using Microsoft.Extensions.Options;
using ParkShare.Core.Parking;
using ParkShare.Web.Hosting;

namespace ParkShare.Web.Parking;

/// <summary>
/// One JPEG per record, <c>&lt;recordId&gt;.jpg</c> in the photo directory. A photo is written in
/// full to a temporary file first and then renamed over the old one, so readers only ever see a
/// whole file. File names come from GUIDs alone, never from the upload.
/// </summary>
public sealed class PhotoStore(IOptions<PhotoOptions> options) : IRecordPhotoFiles
{
    public string Directory { get; } = ParkShareHost.ResolvePath(options.Value.Directory);

    public string PathFor(Guid recordId) => Path.Combine(Directory, $"{recordId:D}.jpg");

    /// <summary>Writes the bytes to a temporary file beside the photos and returns its path.</summary>
    public async Task<string> StageAsync(Guid recordId, byte[] jpeg, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var staged = Path.Combine(Directory, $"{recordId:D}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using var file = new FileStream(staged, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
            await file.WriteAsync(jpeg, cancellationToken);
            file.Flush(flushToDisk: true);
        }
        catch
        {
            Discard(staged);
            throw;
        }

        return staged;
    }

    /// <summary>Renames a staged file over the record's photo (atomic on one file system).</summary>
    public void Publish(string staged, Guid recordId) => File.Move(staged, PathFor(recordId), overwrite: true);

    public void Discard(string staged) => DeleteFile(staged);

    public void Delete(Guid recordId) => DeleteFile(PathFor(recordId));

    public FileStream? OpenRead(Guid recordId)
    {
        try
        {
            return new FileStream(PathFor(recordId), FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 4096, FileOptions.Asynchronous);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    private static void DeleteFile(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (DirectoryNotFoundException)
        {
            // No photo was ever stored: nothing to delete.
        }
    }
}
