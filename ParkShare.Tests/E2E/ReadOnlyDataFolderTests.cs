using System.Diagnostics;
using ParkShare.Tests.Support;

namespace ParkShare.Tests.E2E;

/// <summary>
/// The Release host started for real on a data folder mounted read-only (as after a disk error, or a
/// volume mounted wrongly): it stops at once with one clear line naming the folder and the setting and
/// exit code 73, never a key-ring error, a migration failure and a stack trace.
/// </summary>
public sealed class ReadOnlyDataFolderTests
{
    [Fact]
    public async Task Start_DataFolderReadOnly_ClearMessageExitCode73AndNoStackTrace()
    {
        using var disk = SmallDisk.Mount(megabytes: 4, readOnly: true);
        var root = Web.Localization.StringTablesTests.RepositoryRoot();
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                Path.Combine(root, "ParkShare.Web", "bin", configuration, "net10.0", "ParkShare.Web.dll"),
                "--urls", "http://127.0.0.1:0",
                $"--ConnectionStrings:ParkShare=Data Source={Path.Combine(disk.Path, "parkshare.db")}",
                $"--DataProtection:KeysDirectory={Path.Combine(disk.Path, "keys")}",
                $"--Photos:Directory={Path.Combine(disk.Path, "photos")}",
                "--WeChat:AllowSandboxInProduction=true",
                $"--Console:AdminEmail={StaffConsole.AdminEmail}",
                $"--Console:AdminPassword={StaffConsole.AdminPassword}",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        using var host = Process.Start(start)!;
        var output = host.StandardOutput.ReadToEndAsync();
        var errors = host.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await host.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            host.Kill(entireProcessTree: true);
            Assert.Fail($"The host kept running on a read-only data folder:\n{await output}{await errors}");
        }

        var log = await output + await errors;
        Assert.True(host.ExitCode == 73, $"exit code {host.ExitCode}:\n{log}");
        Assert.Contains($"the data folder {disk.Path} (ConnectionStrings:ParkShare) is not writable", log, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", log, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", log, StringComparison.Ordinal);
    }
}
