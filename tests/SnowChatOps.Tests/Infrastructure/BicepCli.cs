using System.Diagnostics;
using System.Reflection;

namespace SnowChatOps.Tests.Infrastructure;

/// <summary>
/// The Bicep CLI restored from NuGet (Azure.Bicep.CommandLine.linux-x64, folder passed in as assembly metadata):
/// runs offline, writes build output only where it is told to.
/// </summary>
internal static class BicepCli
{
    public static string Executable { get; } = Path.Combine(
        typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepPackageRoot").Value!,
        "tools",
        "bicep");

    /// <summary>Runs bicep; returns its exit code and everything it printed (diagnostics go to stderr).</summary>
    public static async Task<(int Exit, string Output)> RunAsync(CancellationToken cancellationToken, params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable, arguments)
        {
            WorkingDirectory = Path.GetTempPath(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" },
        };
        using var process = Process.Start(start)!;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, (await stdout + await stderr).Trim());
    }
}
