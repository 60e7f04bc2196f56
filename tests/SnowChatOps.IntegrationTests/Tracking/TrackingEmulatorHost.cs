using System.Net.Http.Json;
using Microsoft.Bot.Schema;
using SnowChatOps.Bot.Proactive;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Tickets;
using SnowChatOps.Bot.Tracking.Polling;
using SnowChatOps.IntegrationTests.Emulator;
using SnowChatOps.TestSupport.Fakes;
using SnowChatOps.TestSupport.Hosting;

namespace SnowChatOps.IntegrationTests.Tracking;

/// <summary>
/// The tracking scenarios' view of <see cref="BotApplication"/> (the real Program, serving POST
/// /api/servicenow/events) over the in-process emulator (fake time, recorded webhooks); bot and emulator share one
/// fake clock. The tenant is connected as the integration user. Development, without a development webhook
/// secret unless a test sets one.
/// </summary>
internal sealed class TrackingEmulatorHost : IAsyncDisposable
{
    public const string Tenant = BotApplication.Tenant;
    public const string Conversation = "conv-1";
    public const string InstanceUrl = BotApplication.InstanceUrl;
    private readonly BotApplication app;

    public TrackingEmulatorHost(IReadOnlyDictionary<string, string?>? settings = null)
    {
        app = new BotApplication(Emulator, Emulator.Time);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            app.Settings[key] = value;
        }
    }

    public EmulatorFactory Emulator { get; } = new();

    public RecordingAdapter Adapter => app.Adapter;

    public BotApplication App => app;

    public InMemoryOutboxStore Outbox => app.Outbox;

    public InMemoryTrackedTicketStore Tracked => app.Tracked;

    public InMemoryTrackingStore Settings => app.TrackingSettings;

    public InMemoryConnectionStore Connections => app.Connections;

    public InMemoryConversationStore Conversations => app.Conversations;

    public TicketStatePoller Poller => app.Get<TicketStatePoller>();

    public ServiceNowClient Client => app.Client;

    public HttpClient Bot { get; private set; } = null!;

    public T Get<T>() where T : notnull => app.Get<T>();

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Bot = app.CreateClient();
        await app.ConnectAsync(cancellationToken);
        await Conversations.SaveAsync(new ConversationRecord(Tenant, Conversation, "personal", "aad-user-1", Reference(), true, Emulator.Time.GetUtcNow()), cancellationToken);
    }

    /// <summary>A change request created in the emulator through the real client and tracked as shared into <see cref="Conversation"/>.</summary>
    public async Task<TrackedTicket> TrackNewChangeAsync(CancellationToken cancellationToken, int priority = 3)
    {
        var ticket = await Client.CreateTicketAsync(Tenant, new NewTicket
        {
            Table = TicketTable.ChangeRequest, ShortDescription = "Require MFA for admins", Priority = priority,
            CorrelationId = CorrelationIds.Prefix + Guid.NewGuid().ToString("N"), InitiatedBy = "Megan Bowen (aad-user-1)", ActionId = "AdminMFAV2",
        }, cancellationToken);
        var tracked = new TrackedTicket(Tenant, ticket.Table, ticket.SysId, ticket.Number, "AdminMFAV2", Conversation, "card-1", ticket.State, Emulator.Time.GetUtcNow());
        await Tracked.SaveAsync(tracked, cancellationToken);
        return tracked;
    }

    /// <summary>Moves a change request to <paramref name="state"/> in the emulator, as an agent would.</summary>
    public async Task ChangeStateAsync(string sysId, string state, CancellationToken cancellationToken)
    {
        using var control = Emulator.CreateClient();
        using var response = await control.PostAsJsonAsync($"/_emulator/tickets/change_request/{sysId}/state", new { state, by = "abel.tuter" }, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Stores a channel the bot is in, as the capture middleware would after an @mention.</summary>
    public Task AddChannelAsync(string channelId, CancellationToken cancellationToken) => Conversations.SaveAsync(
        new ConversationRecord(Tenant, channelId, "channel", null, new ConversationReference
        {
            ChannelId = "msteams", ServiceUrl = "https://smba.test/",
            Conversation = new ConversationAccount { Id = channelId, TenantId = Tenant, ConversationType = "channel" },
            Bot = new ChannelAccount("bot", "SnowChatOps"),
        }, true, Emulator.Time.GetUtcNow()), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        Bot?.Dispose();
        await app.DisposeAsync();
        await Emulator.DisposeAsync();
    }

    private static ConversationReference Reference() => new()
    {
        ChannelId = "msteams",
        ServiceUrl = "https://smba.test/",
        Conversation = new ConversationAccount { Id = Conversation, TenantId = Tenant },
        Bot = new ChannelAccount("bot", "SnowChatOps"),
        User = new ChannelAccount("user", "Megan Bowen"),
    };
}
