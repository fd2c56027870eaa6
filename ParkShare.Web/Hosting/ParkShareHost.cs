using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace ParkShare.Web.Hosting;

/// <summary>
/// Finds the one operator configuration, appsettings.json at the repository root (or beside a
/// published app), the same way whatever the working directory; data/ is resolved next to it.
/// </summary>
public static class ParkShareHost
{
    public const string ConfigFileName = "appsettings.json";

    /// <summary>The directory holding appsettings.json: the base directory or the nearest ancestor with one.</summary>
    public static string Home { get; } = LocateHome(AppContext.BaseDirectory);

    public static WebApplicationOptions Options(string[] args)
    {
        // A published app carries wwwroot beside it; a build from source serves static web assets from the project.
        var published = Directory.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot"));
        return new WebApplicationOptions { Args = args, ContentRootPath = published ? AppContext.BaseDirectory : null };
    }

    internal static string LocateHome(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, ConfigFileName)) && !IsBuildOutput(dir))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"{ConfigFileName} was not found in {start} or any parent directory.");
    }

    /// <summary>Points the host's appsettings sources at <see cref="Home"/>, keeping their order (environment and command line still win).</summary>
    public static void UseHomeConfiguration(ConfigurationManager configuration, string environmentName)
    {
        var provider = new PhysicalFileProvider(Home);
        var sources = configuration.Sources;
        for (var i = 0; i < sources.Count; i++)
        {
            if (sources[i] is JsonConfigurationSource { Path: { } path } json &&
                (path == ConfigFileName || path == $"appsettings.{environmentName}.json"))
            {
                sources[i] = new JsonConfigurationSource
                {
                    Path = path,
                    FileProvider = provider,
                    Optional = path != ConfigFileName,
                    ReloadOnChange = json.ReloadOnChange,
                };
            }
        }
    }

    public static string ResolvePath(string path) => Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(Home, path));

    private static bool IsBuildOutput(DirectoryInfo dir) =>
        File.Exists(Path.Combine(dir.FullName, "ParkShare.Web.dll")) && !Directory.Exists(Path.Combine(dir.FullName, "wwwroot"));
}
