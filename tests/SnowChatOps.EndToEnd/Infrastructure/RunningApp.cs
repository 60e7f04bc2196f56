using System.Diagnostics;
using SnowChatOps.TestSupport;
using SnowChatOps.TestSupport.Emulator;
using SnowChatOps.TestSupport.Graph;
using SnowChatOps.TestSupport.Playground;
using SnowChatOps.TestSupport.Processes;
using SnowChatOps.Bot.Storage;
using SnowChatOps.Bot.Onboarding;
using Microsoft.Extensions.Options;
using Azure.Data.Tables;

namespace SnowChatOps.EndToEnd.Infrastructure;

/// <summary>
/// The whole app as a user meets it: Azurite, the ServiceNow emulator, the Graph emulator (Secure Score, read from it as
/// <c>scripts/run.sh --graph</c> does), <see cref="Instances"/> bot processes behind the local round-robin proxy (as App
/// Service runs several instances behind one endpoint) and the Agents Playground, each on a free port, started once per
/// test run. Every request from the Playground, the browser and the emulator's webhook goes through the proxy, so
/// consecutive turns of one conversation land on different instances. Process output goes to .artifacts/logs/e2e/ for
/// humans.
/// </summary>
public sealed class RunningApp : IAsyncLifetime
{
    /// <summary>
    /// How long a test waits for the bot to answer. Generous because CI machines can be busy (the OAuth round trip of
    /// the connect fixture crosses three instances, the emulator and Chromium); a passing wait returns as soon as the
    /// answer arrives, so only a failure pays for it.
    /// </summary>
    public static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(90);

    /// <summary>How many bot instances run behind the proxy.</summary>
    public const int Instances = 3;

    /// <summary>The emulator signs its state-change webhook with this; the bots accept it (Development only).</summary>
    private const string DevWebhookSecret = "snowchatops-e2e-webhook-secret";

    /// <summary>The Graph emulator accepts only this token; the bots send it (<c>MicrosoftGraph:DevBearerToken</c>, Development only).</summary>
    private const string DevGraphToken = "snowchatops-e2e-graph-token";

    private AzuriteProcess? azurite;
    private EmulatorProcess? emulator;
    private GraphEmulatorProcess? graph;
    private BotCluster? bot;
    private PlaygroundProcess? playground;
    private PlaygroundStream? keepAlive;

    /// <summary>The playground's REST surface.</summary>
    public PlaygroundRestClient Playground { get; private set; } = null!;

    /// <summary>The playground's mock Teams context.</summary>
    public PlaygroundConfig Teams { get; private set; } = null!;

    /// <summary>The ServiceNow emulator: the instance URL a user connects to.</summary>
    public Uri ServiceNowInstance => emulator!.BaseUri;

    /// <summary>The emulator's control API (faults). A test that switches a fault on switches it off again.</summary>
    public EmulatorControlClient ServiceNowControl { get; private set; } = null!;

    /// <summary>
    /// The Graph emulator's control API (clock, scores, recorded PATCH bodies). Its clock only moves forward: a test that
    /// advances it leaves every later test a few days ahead in Secure Score (no e2e test depends on Graph's date).
    /// </summary>
    internal GraphEmulatorControlClient GraphControl { get; private set; } = null!;

    /// <summary>The bot's OAuth redirect, where ServiceNow sends the browser after Allow.</summary>
    public Uri OAuthCallback => bot!.OAuthCallback;

    /// <summary>The playground's port (it must listen on loopback only).</summary>
    public int PlaygroundPort => playground!.Port;

    /// <summary>The playground's web page.</summary>
    public Uri PlaygroundUri => playground!.BaseUri;

    /// <summary>How long the bots took from process start to a healthy <c>/healthz</c> (all instances, started together).</summary>
    public TimeSpan BotStartup { get; private set; }

    /// <summary>The proxy in front of the bot instances (which instance served what).</summary>
    public LocalProxyProcess Proxy => bot!.Proxy;

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        var logs = Path.Combine(RepoPaths.Artifacts, "logs", "e2e");
        var botPort = FreePort.Next();
        var botUri = new Uri($"http://127.0.0.1:{botPort}/");

        azurite = await AzuriteProcess.StartAsync(ct, logFile: Path.Combine(logs, "azurite.log"));
        emulator = await EmulatorProcess.StartAsync(
            ct, bot: botUri, extraEnvironment: new Dictionary<string, string?> { ["Emulator__Webhook__Secret"] = DevWebhookSecret },
            logFile: Path.Combine(logs, "emulator.log"));
        graph = await GraphEmulatorProcess.StartAsync(DevGraphToken, ct, logFile: Path.Combine(logs, "graph.log"));
        var clock = Stopwatch.StartNew();
        bot = await BotCluster.StartAsync(
            Instances, azurite.ConnectionString, ct, emulator.BaseUri, port: botPort, extraEnvironment: BotEnvironment(graph), logDirectory: logs);
        BotStartup = clock.Elapsed;
        playground = await PlaygroundProcess.StartAsync(bot.MessagesEndpoint, ct, logFile: Path.Combine(logs, "playground.log"));

        Playground = new PlaygroundRestClient(playground.BaseUri);
        ServiceNowControl = new EmulatorControlClient(emulator.BaseUri);
        GraphControl = new GraphEmulatorControlClient(graph.BaseUri);
        Teams = await Playground.GetConfigAsync(ct);
        // While no client listens, the playground queues replies for the next one; a permanent listener keeps stale
        // replies from one test out of the next test's stream.
        keepAlive = await Playground.OpenStreamAsync(ct);
        TestContext.Current.SendDiagnosticMessage($"{Instances} bots healthy {BotStartup.TotalSeconds:0.0} s after start; playground at {PlaygroundUri}");
    }

    /// <summary>
    /// Lets the bot greet <paramref name="conversationId"/> again, through the bot's own claim store: the welcome is
    /// sent once per conversation, and a test that needs to see it must not depend on which test ran first.
    /// </summary>
    public Task ForgetWelcomeAsync(string conversationId, CancellationToken cancellationToken)
    {
        var storage = new StorageOptions { ConnectionString = azurite!.ConnectionString };
        var tables = new StorageTables(new TableServiceClient(storage.ConnectionString), Options.Create(storage));
        return new TableIdempotencyStore(tables, TimeProvider.System).ReleaseAsync(Welcome.ClaimScope, conversationId, cancellationToken);
    }

    /// <summary>
    /// Polls <paramref name="condition"/> (typically on <see cref="GraphControl"/>) until it holds, for up to
    /// <see cref="ReplyTimeout"/>; fails at once, with the emulator's output, if the Graph emulator exits.
    /// </summary>
    public Task WaitForGraphAsync(string what, Func<CancellationToken, Task<bool>> condition, CancellationToken cancellationToken) =>
        graph!.Process.WaitUntilAsync(what, condition, ReplyTimeout, cancellationToken);

    /// <summary>The last lines of every process's output, for failure messages.</summary>
    public string Diagnostics() => string.Join(Environment.NewLine,
        (bot?.Instances.Select((b, i) => ($"bot-{i + 1}", (ManagedProcess?)b.Process)) ?? [])
            .Concat([("proxy", bot?.Proxy.Process), ("emulator", emulator?.Process), ("graph", graph?.Process), ("playground", playground?.Process)])
            .Select(p => $"--- {p.Item1} ---{Environment.NewLine}{p.Item2?.Output.Tail(40)}"));

    /// <summary>
    /// The settings <c>scripts/run.sh --graph</c> gives the bot (Secure Score from the Graph emulator, with its token), plus
    /// short intervals so the Secure Score loop answers within a test's wait: the catalog and snapshot cache, and the
    /// "+N points" check (production: 30 min and 1 h).
    /// </summary>
    private static Dictionary<string, string?> BotEnvironment(GraphEmulatorProcess graph) => new()
    {
        ["Tracking__DevWebhookSecret"] = DevWebhookSecret,
        ["SecureScore__Source"] = "Graph",
        ["SecureScore__GraphBaseUrl"] = graph.GraphBaseUrl.ToString(),
        ["MicrosoftGraph__DevBearerToken"] = graph.BearerToken,
        ["SecureScore__CacheDuration"] = "00:00:02",
        ["SecureScore__Confirmations__CheckInterval"] = "00:00:05",
    };

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Playground?.Dispose();
        ServiceNowControl?.Dispose();
        GraphControl?.Dispose();
        foreach (var resource in new IAsyncDisposable?[] { keepAlive, playground, bot, graph, emulator, azurite })
        {
            if (resource is not null)
            {
                await resource.DisposeAsync();
            }
        }
    }
}
