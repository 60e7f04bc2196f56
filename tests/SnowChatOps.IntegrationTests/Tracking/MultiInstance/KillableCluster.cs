using System.Globalization;
using Azure.Data.Tables;
using SnowChatOps.Bot.Tickets;
using SnowChatOps.TestSupport;
using SnowChatOps.TestSupport.BotFramework;
using SnowChatOps.TestSupport.Emulator;
using SnowChatOps.TestSupport.Processes;

namespace SnowChatOps.IntegrationTests.Tracking.MultiInstance;

/// <summary>
/// Three bot processes on one Azurite (a table prefix of their own) and one emulator process, behind the local
/// round-robin proxy (where the emulator's webhook goes), all posting to one <see cref="RecordingBotConnector"/>.
/// An instance can be killed like <c>kill -9</c> (the whole process tree, no shutdown hooks) and started again on
/// its port, so the proxy finds it again. Logs go to .artifacts/logs/integration/multi-instance/.
/// </summary>
internal sealed class KillableCluster(string storageConnectionString) : IAsyncDisposable
{
    public const string WebhookSecret = "snowchatops-kill-test-webhook-secret";
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(15);
    private readonly string tablePrefix = "k" + Guid.NewGuid().ToString("N")[..12];
    private readonly string logs = Path.Combine(RepoPaths.Artifacts, "logs", "integration", "multi-instance");
    private readonly int proxyPort = FreePort.Next();
    private readonly BotProcess?[] bots = new BotProcess?[3];
    private readonly int[] ports = [FreePort.Next(), FreePort.Next(), FreePort.Next()];
    private readonly int[] starts = new int[3];
    private EmulatorProcess? emulator;
    private LocalProxyProcess? proxy;

    public RecordingBotConnector Connector { get; private set; } = null!;

    public EmulatorControlClient Control { get; private set; } = null!;

    public IReadOnlyList<TrackedTicket> Tickets { get; private set; } = [];

    private Uri Events => new($"http://127.0.0.1:{proxyPort.ToString(CultureInfo.InvariantCulture)}/api/servicenow/events");

    /// <summary>Starts everything with <paramref name="tickets"/> tracked change requests in <paramref name="conversations"/> personal chats; the webhook is off.</summary>
    public async Task StartAsync(int tickets, int conversations, CancellationToken cancellationToken)
    {
        Connector = await RecordingBotConnector.StartAsync(cancellationToken);
        emulator = await EmulatorProcess.StartAsync(cancellationToken, extraEnvironment: new Dictionary<string, string?>
        {
            ["Emulator__OAuth__ClientCredentialsGrantEnabled"] = "true",
            ["Emulator__Webhook__MaxAttempts"] = "1", // no late retries: a stale event could arrive after the ticket moved on
        }, logFile: Path.Combine(logs, "emulator.log"));
        Control = new EmulatorControlClient(emulator.BaseUri);
        Tickets = await SeededTenant.SeedAsync(storageConnectionString, tablePrefix, emulator.BaseUri, Connector.ServiceUrl, tickets, conversations, cancellationToken);
        await Task.WhenAll(Enumerable.Range(0, bots.Length).Select(i => StartInstanceAsync(i, cancellationToken)));
        proxy = await LocalProxyProcess.StartAsync(proxyPort, [.. ports.Select(p => new Uri($"http://127.0.0.1:{p.ToString(CultureInfo.InvariantCulture)}/"))],
            cancellationToken, Path.Combine(logs, "proxy.log"));
    }

    /// <summary>Switches the emulator's state-change webhook (to the proxy) on or off.</summary>
    public Task SetWebhookAsync(bool on, CancellationToken cancellationToken) =>
        Control.SetWebhookAsync(on ? Events : null, WebhookSecret, cancellationToken);

    /// <summary>
    /// The instance holding the tenant's poll lease: the only one whose poll cycles report a polled tenant (the
    /// others find the lease taken and report 0); -1 before the first cycle.
    /// </summary>
    public int LeaseHolder() => Enumerable.Range(0, bots.Length)
        .Select(i => (Index: i, Cycles: bots[i]?.Process.Output.Lines().Count(l => l.Contains("Poll cycle: 1 tenant(s)", StringComparison.Ordinal)) ?? 0))
        .Where(c => c.Cycles > 0).OrderByDescending(c => c.Cycles).Select(c => c.Index).DefaultIfEmpty(-1).First();

    /// <summary>Kills instance <paramref name="index"/> and its process tree at once (<c>Process.Kill(entireProcessTree)</c>).</summary>
    public async Task KillAsync(int index)
    {
        await bots[index]!.DisposeAsync();
        bots[index] = null;
    }

    /// <summary>Starts instance <paramref name="index"/> again on its port.</summary>
    public Task RestartAsync(int index, CancellationToken cancellationToken) => StartInstanceAsync(index, cancellationToken);

    /// <summary>Outbox items not yet finished (delivered or failed) for the tenant.</summary>
    public async Task<int> PendingOutboxItemsAsync(CancellationToken cancellationToken)
    {
        var table = new TableClient(storageConnectionString, tablePrefix + "OutboxPending");
        var count = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(e => e.PartitionKey == SeededTenant.Tenant, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            count++;
        }

        return count;
    }

    /// <summary>The last lines of every process, for failure messages.</summary>
    public string Diagnostics() => string.Join(Environment.NewLine, bots.Select((b, i) => $"--- bot-{i + 1} ---{Environment.NewLine}{b?.Process.Output.Tail(30)}")
        .Append($"--- emulator ---{Environment.NewLine}{emulator?.Process.Output.Tail(20)}"));

    public async ValueTask DisposeAsync()
    {
        Control?.Dispose();
        foreach (var resource in bots.Cast<IAsyncDisposable?>().Append(proxy).Append(emulator).Append(Connector))
        {
            if (resource is not null)
            {
                await resource.DisposeAsync();
            }
        }
    }

    private async Task StartInstanceAsync(int index, CancellationToken cancellationToken)
    {
        var run = starts[index]++ == 0 ? string.Empty : "-restarted";
        bots[index] = await BotProcess.StartAsync(storageConnectionString, cancellationToken, port: ports[index], extraEnvironment: new Dictionary<string, string?>
        {
            ["Connection__PublicBaseUrl"] = $"http://127.0.0.1:{proxyPort.ToString(CultureInfo.InvariantCulture)}",
            ["Storage__TablePrefix"] = tablePrefix,
            ["Tracking__PollInterval"] = PollInterval.ToString("c", CultureInfo.InvariantCulture),
            ["Tracking__PollOverlap"] = "00:00:30",
            ["Tracking__DevWebhookSecret"] = WebhookSecret,
            ["Tracking__Outbox__SweepInterval"] = "00:00:00.500",
            ["Tracking__Outbox__ClaimDuration"] = "00:00:05",
            ["SecureScore__Confirmations__Enabled"] = "false",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__SnowChatOps.Bot.Tracking.Polling"] = "Information",
        }, logFile: Path.Combine(logs, $"bot-{index + 1}{run}.log"));
    }
}
