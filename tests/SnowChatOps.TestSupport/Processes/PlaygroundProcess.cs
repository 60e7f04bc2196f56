using System.Globalization;
using System.Text.RegularExpressions;

namespace SnowChatOps.TestSupport.Processes;

/// <summary>
/// The Microsoft 365 Agents Playground (Teams channel) pointed at a bot, in a temp working directory holding the
/// repository's <c>.m365agentsplayground.yml</c> (mock tenant, team, channels, 5 users). Ready when
/// <c>GET /_debug/ping</c> answers <c>pong</c>. Bound to loopback by <see cref="RepoPaths.PlaygroundLoopbackPreload"/>.
/// </summary>
public sealed partial class PlaygroundProcess : IAsyncDisposable
{
    /// <summary>The mock Teams configuration file name the playground reads from its working directory.</summary>
    public const string ConfigFileName = ".m365agentsplayground.yml";

    private PlaygroundProcess(ManagedProcess process, Uri baseUri, string workingDirectory)
    {
        Process = process;
        BaseUri = baseUri;
        WorkingDirectory = workingDirectory;
    }

    /// <summary>The underlying process (output for diagnostics).</summary>
    public ManagedProcess Process { get; }

    /// <summary>e.g. <c>http://127.0.0.1:56150/</c>: open it in a browser, or drive it with <see cref="Playground.PlaygroundRestClient"/>.</summary>
    public Uri BaseUri { get; }

    /// <summary>The port the playground listens on (loopback only).</summary>
    public int Port => BaseUri.Port;

    /// <summary>The temp folder the playground runs in (holds the config file).</summary>
    public string WorkingDirectory { get; }

    /// <summary>Starts the playground on <paramref name="port"/> (default: a free one) talking to <paramref name="botMessagesEndpoint"/>.</summary>
    public static async Task<PlaygroundProcess> StartAsync(
        Uri botMessagesEndpoint, CancellationToken cancellationToken, int? port = null, string? logFile = null)
    {
        AzuriteProcess.RequireNodeModules();
        var chosen = (port ?? FreePort.Next()).ToString(CultureInfo.InvariantCulture);
        var workDir = Directory.CreateTempSubdirectory("snowchatops-playground-").FullName;
        File.Copy(RepoPaths.Combine(ConfigFileName), Path.Combine(workDir, ConfigFileName));
        var spec = new ProcessSpec("playground", "node",
        [
            "-r", RepoPaths.PlaygroundLoopbackPreload,
            Path.Combine(RepoPaths.NodeModulesBin, "agentsplayground"),
            "-e", botMessagesEndpoint.ToString(), "-c", "msteams", "--port", chosen, "--disable-telemetry",
            "--service-url", $"http://127.0.0.1:{chosen}/_connector",
        ])
        {
            WorkingDirectory = workDir,
            Environment = Variables,
            LogFile = logFile,
        };
        var process = ManagedProcess.Start(spec);
        try
        {
            var listening = await process.WaitForOutputAsync(ListeningLine(), AzuriteProcess.StartTimeout, cancellationToken);
            RequireRequestedPort(process, listening, chosen);
            var baseUri = new Uri($"http://127.0.0.1:{chosen}/");
            await process.WaitUntilAsync("/_debug/ping to answer pong",
                ct => Probes.HttpAnswersAsync(new Uri(baseUri, "_debug/ping"), ct, (r, body) => r.IsSuccessStatusCode && body == "pong"),
                AzuriteProcess.StartTimeout, cancellationToken);
            return new PlaygroundProcess(process, baseUri, workDir);
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    /// <summary>The mock user's time zone: the playground stamps <c>localTimestamp</c> with its own zone's offset.</summary>
    public const string UserTimeZone = "Asia/Shanghai";

    /// <summary>
    /// Environment that keeps the playground offline and headless, and puts its user at UTC+8 (no daylight saving) so
    /// the user's calendar day differs from UTC for part of every day and due dates show their conversion to UTC.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> Variables { get; } = new Dictionary<string, string?>
    {
        ["APPLICATION_INSIGHTS_NO_STATSBEAT"] = "true",
        ["TEAMSAPPTESTER_BROWSER"] = "none",
        ["TZ"] = UserTimeZone,
    };

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Process.DisposeAsync();

    // The playground silently falls back to a random port when the requested one is taken; its service URL would then be wrong.
    private static void RequireRequestedPort(ManagedProcess process, string listening, string requested)
    {
        var actual = ListeningLine().Match(listening).Groups["port"].Value;
        if (actual != requested)
        {
            throw new InvalidOperationException(
                $"playground wanted port {requested} but listens on {actual} (taken?).{Environment.NewLine}{process.Output.Tail()}");
        }
    }

    [GeneratedRegex(@"Listening on (?<port>\d+)")]
    private static partial Regex ListeningLine();
}
