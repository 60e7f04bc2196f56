using System.Diagnostics;
using SnowChatOps.TestSupport;

namespace SnowChatOps.Tests.Infrastructure;

/// <summary>Runs one of the repository's node scripts (tools/*) from the repository root.</summary>
internal static class NodeScript
{
    /// <summary>Runs <paramref name="script"/> (a repository-relative path with '/'); returns its exit code and output.</summary>
    public static async Task<(int Exit, string Output)> RunAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("node", [RepoPaths.Combine(script.Split('/')), .. arguments])
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
