using Microsoft.Data.Sqlite;
using ParkShare.Core.Data;
using ParkShare.Web.Data;
using ParkShare.Web.Parking;

namespace ParkShare.Web.Hosting;

/// <summary>
/// Every folder the host writes to (the SQLite file's, the Data Protection keys', the photos') is
/// tried once before anything else starts. A folder that cannot be written (mounted read-only, owned by
/// another user) stops the host with one line saying which folder and which setting, and exit code 73
/// (EX_CANTCREAT), instead of a key-ring error, a migration failure and a stack trace much later.
/// </summary>
public static class DataFolders
{
    /// <summary>sysexits.h EX_CANTCREAT: a (user) output file cannot be created.</summary>
    public const int UnwritableExitCode = 73;

    /// <summary>Stops the process with a clear message when a data folder cannot be written.</summary>
    public static void EnsureWritable(WebApplicationBuilder builder)
    {
        if (FirstUnwritable(builder.Configuration) is not { } problem)
        {
            return;
        }

        using (var loggers = LoggerFactory.Create(logging => logging.AddSimpleConsole(o => o.SingleLine = true)))
        {
            loggers.CreateLogger(typeof(DataFolders).FullName!).LogCritical(
                "ParkShare cannot start: the data folder {Folder} ({Setting}) is not writable: {Reason}. Make it writable, or point {Setting} at a writable folder.",
                problem.Folder, problem.Setting, problem.Reason, problem.Setting);
        }

        Environment.Exit(UnwritableExitCode);
    }

    /// <summary>The first configured data folder that cannot be created or written, with the setting that names it.</summary>
    public static (string Folder, string Setting, string Reason)? FirstUnwritable(IConfiguration configuration)
    {
        foreach (var (folder, setting) in Folders(configuration))
        {
            if (Probe(folder) is { } reason)
            {
                return (folder, setting, reason);
            }
        }

        return null;
    }

    private static IEnumerable<(string Folder, string Setting)> Folders(IConfiguration configuration)
    {
        var sqlite = DatabaseOptions.ProviderOf(configuration[$"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.Provider)}"]) == DatabaseProvider.Sqlite;
        if (sqlite && configuration.GetConnectionString("ParkShare") is { } connectionString)
        {
            var csb = new SqliteConnectionStringBuilder(connectionString);
            if (csb.DataSource is { Length: > 0 } source && source != ":memory:" && csb.Mode != SqliteOpenMode.Memory)
            {
                yield return (Path.GetDirectoryName(ParkShareHost.ResolvePath(source))!, "ConnectionStrings:ParkShare");
            }

            // On PostgreSQL the key ring lives in the database.
            var keys = configuration[$"{KeyStorageOptions.SectionName}:{nameof(KeyStorageOptions.KeysDirectory)}"] ?? new KeyStorageOptions().KeysDirectory;
            yield return (ParkShareHost.ResolvePath(keys), $"{KeyStorageOptions.SectionName}:{nameof(KeyStorageOptions.KeysDirectory)}");
        }

        var photos = configuration[$"{PhotoOptions.SectionName}:{nameof(PhotoOptions.Directory)}"] ?? new PhotoOptions().Directory;
        yield return (ParkShareHost.ResolvePath(photos), $"{PhotoOptions.SectionName}:{nameof(PhotoOptions.Directory)}");
    }

    /// <summary>Creates the folder if need be and a file in it (removed again); null when both worked, else why not.</summary>
    private static string? Probe(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
            using var probe = new FileStream(Path.Combine(folder, $".parkshare-write-test-{Guid.NewGuid():N}"), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
            probe.WriteByte(0);
            probe.Flush(flushToDisk: false);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return e.Message;
        }
    }
}
