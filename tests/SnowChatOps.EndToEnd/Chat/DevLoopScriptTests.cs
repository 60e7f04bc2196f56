using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using SnowChatOps.TestSupport;
using SnowChatOps.TestSupport.Processes;

namespace SnowChatOps.EndToEnd.Chat;

/// <summary>README command 1 as a user runs it: started in the background, stopped with SIGINT.</summary>
public sealed partial class DevLoopScriptTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task RunScript_StartedInBackgroundThenSigint_StopsEverythingAndLeavesTheTreeClean()
    {
        var ct = TestContext.Current.CancellationToken;
        var ports = new Dictionary<string, int>
        {
            ["AZURITE_TABLE_PORT"] = FreePort.Next(), ["EMULATOR_PORT"] = FreePort.Next(),
            ["BOT_PORT"] = FreePort.Next(), ["PLAYGROUND_PORT"] = FreePort.Next(),
        };
        var treeBefore = await GitStatusAsync(ct);
        // `env --ignore-signal=INT` is what a shell does to a job started with `&`: SIGINT ignored on entry.
        await using var script = ManagedProcess.Start(new ProcessSpec("run.sh", "env",
            ["--ignore-signal=INT", "bash", RepoPaths.Combine("scripts", "run.sh"), "--no-build"])
        {
            Environment = Environment(ports),
        });
        await script.WaitForOutputAsync(Running(), StartTimeout, ct);
        var playgroundAddresses = ListeningSockets.On(ports["PLAYGROUND_PORT"]);

        await SendAsync("-INT", script.Id, ct);
        await script.Exited.WaitAsync(StopTimeout, ct);

        Assert.All(playgroundAddresses, address => Assert.True(IPAddress.IsLoopback(address), $"playground on {address}"));
        Assert.All(ports, pair => Assert.Empty(ListeningSockets.On(pair.Value)));
        Assert.Equal(treeBefore, await GitStatusAsync(ct));
    }

    private static Dictionary<string, string?> Environment(Dictionary<string, int> ports)
    {
        var variables = ports.ToDictionary(p => p.Key, p => (string?)p.Value.ToString(CultureInfo.InvariantCulture));
        variables["LOG_DIR"] = Directory.CreateTempSubdirectory("snowchatops-runsh-").FullName;
        variables["SNOWCHATOPS_SIGNALS_RESET"] = null;
        return variables;
    }

    private static async Task SendAsync(string signal, int processId, CancellationToken ct)
    {
        using var kill = Process.Start("kill", [signal, processId.ToString(CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync(ct);
        Assert.Equal(0, kill.ExitCode);
    }

    private static async Task<string> GitStatusAsync(CancellationToken ct)
    {
        var info = new ProcessStartInfo("git", ["status", "--porcelain"]) { WorkingDirectory = RepoPaths.Root, RedirectStandardOutput = true };
        using var git = Process.Start(info)!;
        var output = await git.StandardOutput.ReadToEndAsync(ct);
        await git.WaitForExitAsync(ct);
        return output;
    }

    [GeneratedRegex("SnowChatOps is running")]
    private static partial Regex Running();
}
