using System.Diagnostics;

namespace ParkShare.Tests.Support;

/// <summary>
/// A small file system of its own (a tmpfs, or a loop-mounted ext4 image where tmpfs cannot be
/// mounted), for real disk-full and read-only faults. Mounting needs root, which test.sh has on CI.
/// </summary>
public sealed class SmallDisk : IDisposable
{
    private readonly string? _image;
    private readonly string _filler;

    private SmallDisk(string path, string? image)
    {
        Path = path;
        _image = image;
        _filler = System.IO.Path.Combine(path, "filler.bin");
    }

    public string Path { get; }

    public static SmallDisk Mount(int megabytes, bool readOnly = false)
    {
        var path = Directory.CreateTempSubdirectory("parkshare-disk-").FullName;
        var options = readOnly ? "ro" : "rw";
        if (Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m,mode=0777,{options}", "tmpfs", path) is null)
        {
            return new SmallDisk(path, null);
        }

        var image = path + ".img";
        using (var file = File.Create(image))
        {
            file.SetLength(megabytes * 1024L * 1024L);
        }

        var error = Run("mkfs.ext4", "-q", "-F", image) ?? Run("mount", "-o", $"loop,{options}", image, path);
        if (error is null)
        {
            return new SmallDisk(path, image);
        }

        File.Delete(image);
        Directory.Delete(path);
        throw new InvalidOperationException($"This test mounts a small file system and needs root (as test.sh runs on CI): {error}");
    }

    /// <summary>Writes a file until the disk refuses another byte.</summary>
    public void Fill()
    {
        using var file = new FileStream(_filler, FileMode.Append, FileAccess.Write, FileShare.None, 1);
        foreach (var size in new[] { 1 << 20, 1 << 16, 1 << 12, 1 << 9, 1 })
        {
            var chunk = new byte[size];
            try
            {
                while (true)
                {
                    file.Write(chunk);
                    file.Flush();
                }
            }
            catch (IOException)
            {
                // Full at this granularity: try smaller pieces.
            }
        }
    }

    /// <summary>Gives the space taken by <see cref="Fill"/> back.</summary>
    public void Free() => File.Delete(_filler);

    public void Dispose()
    {
        Run("umount", "-l", Path);
        try
        {
            Directory.Delete(Path, recursive: true);
            if (_image is not null)
            {
                File.Delete(_image);
            }
        }
        catch (IOException)
        {
            // Still busy: left to the OS temp cleaner.
        }
    }

    /// <summary>Runs a command; null when it succeeded, else what it printed.</summary>
    private static string? Run(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? null : $"{command} exited with {process.ExitCode}: {error}";
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return $"{command}: {e.Message}";
        }
    }
}
