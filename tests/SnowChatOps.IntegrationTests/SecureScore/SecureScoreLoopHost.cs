using System.Net.Http.Json;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SnowChatOps.Bot.Proactive;
using SnowChatOps.Bot.SecureScore.Confirmation;
using SnowChatOps.Bot.SecureScore.Store;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Storage;
using SnowChatOps.Bot.Tickets;
using SnowChatOps.Bot.Tracking.Polling;
using SnowChatOps.Bot.Tracking.Subscriptions;
using SnowChatOps.IntegrationTests.Emulator;
using SnowChatOps.TestSupport.Graph;
using SnowChatOps.TestSupport.Hosting;

namespace SnowChatOps.IntegrationTests.SecureScore;

/// <summary>
/// The whole Secure Score loop on the real composition root: the bot (Development, Graph source, the development
/// bearer token as its Entra stand-in) over the in-process ServiceNow emulator and the Graph emulator on a real port
/// (daily snapshots, points moving 24 h after a state write), all on one fake clock. Tickets are shared in a channel. A second bot on the same
/// emulators (<see cref="AddInstance"/>) shares Azurite for claims and Secure Score rows when <c>tables</c> is given.
/// </summary>
internal sealed class SecureScoreLoopHost : IAsyncDisposable
{
    public const string Tenant = BotApplication.Tenant;
    public const string Conversation = "conv-1";
    public const string Action = "AdminMFAV2";
    private readonly List<BotApplication> apps = [];
    private readonly StorageTables? tables;

    /// <param name="time">The bots' and the Graph emulator's clock (e.g. one that signals a Retry-After wait); default the ServiceNow emulator's.</param>
    public SecureScoreLoopHost(StorageTables? tables = null, FakeTimeProvider? time = null)
    {
        this.tables = tables;
        Time = time ?? Emulator.Time;
        Graph = new GraphEmulatorServer { Time = Time, Settings = { ["DailySnapshots"] = "true" } };
    }

    public FakeTimeProvider Time { get; }

    public EmulatorFactory Emulator { get; } = new();

    public GraphEmulatorServer Graph { get; }

    public BotApplication App => apps[0];

    public async Task StartAsync(int instances, CancellationToken cancellationToken)
    {
        await Graph.StartAsync(cancellationToken);
        for (var i = 0; i < instances; i++)
        {
            var app = AddInstance();
            await app.ConnectAsync(cancellationToken);
            await app.Conversations.SaveAsync(new ConversationRecord(Tenant, Conversation, "channel", null, Reference(), true, Emulator.Time.GetUtcNow()), cancellationToken);
        }
    }

    /// <summary>Subscribes a channel (seen by the bot, unfiltered) in every instance.</summary>
    public async Task SubscribeAsync(string conversationId, string? locale, CancellationToken cancellationToken)
    {
        foreach (var app in apps)
        {
            await app.Conversations.SaveAsync(new ConversationRecord(Tenant, conversationId, "channel", null, Reference(conversationId), true, Time.GetUtcNow()), cancellationToken);
            await app.Subscriptions.SaveAsync(new Subscription(Tenant, "sub-" + conversationId, conversationId, "channel", null, locale, SubscriptionFilter.None), cancellationToken);
        }
    }

    public ISecureScoreStore Store(BotApplication app) => app.Get<ISecureScoreStore>();

    public Task EnableWriteBackAsync(string resolvedState, CancellationToken cancellationToken) =>
        Store(App).SaveSettingsAsync(new SecureScoreSettings(Tenant) { WriteBack = true, ResolvedState = resolvedState }, cancellationToken);

    /// <summary>A change request with the action id, created in the emulator and tracked (card "card-1") in every instance.</summary>
    public async Task<TrackedTicket> TrackNewChangeAsync(CancellationToken cancellationToken)
    {
        var ticket = await App.Client.CreateTicketAsync(Tenant, new NewTicket
        {
            Table = TicketTable.ChangeRequest, ShortDescription = "Require MFA for admins", Priority = 3,
            CorrelationId = CorrelationIds.Prefix + Guid.NewGuid().ToString("N"), InitiatedBy = "Megan Bowen (aad-user-1)", ActionId = Action,
        }, cancellationToken);
        var tracked = new TrackedTicket(Tenant, ticket.Table, ticket.SysId, ticket.Number, Action, Conversation, "card-1", ticket.State, Emulator.Time.GetUtcNow());
        foreach (var app in apps)
        {
            await app.Tracked.SaveAsync(tracked, cancellationToken);
        }

        return tracked;
    }

    /// <summary>A change request due at <paramref name="dueAt"/>, created in the emulator and tracked (card "card-1") in every instance.</summary>
    public async Task<TrackedTicket> TrackDueChangeAsync(DateTimeOffset dueAt, TimeSpan utcOffset, CancellationToken cancellationToken)
    {
        var ticket = await App.Client.CreateTicketAsync(Tenant, new NewTicket
        {
            Table = TicketTable.ChangeRequest, ShortDescription = "Require MFA for admins", Priority = 3, DueDate = dueAt,
            CorrelationId = CorrelationIds.Prefix + Guid.NewGuid().ToString("N"), InitiatedBy = "Megan Bowen (aad-user-1)", ActionId = Action,
        }, cancellationToken);
        var tracked = new TrackedTicket(Tenant, ticket.Table, ticket.SysId, ticket.Number, Action, Conversation, "card-1", ticket.State, Time.GetUtcNow())
        {
            Title = "Require MFA for admins", UtcOffset = utcOffset, DueAt = ticket.DueDate,
        };
        foreach (var app in apps)
        {
            await app.Get<TrackedTickets>().TrackAsync(tracked, cancellationToken);
        }

        return tracked;
    }

    /// <summary>Moves the ticket in ServiceNow (as abel.tuter) and lets the first instance's poller see it.</summary>
    public async Task ChangeStateAsync(TrackedTicket ticket, string state, CancellationToken cancellationToken)
    {
        using var control = Emulator.CreateClient();
        using var response = await control.PostAsJsonAsync($"/_emulator/tickets/change_request/{ticket.SysId}/state", new { state, by = "abel.tuter" }, cancellationToken);
        response.EnsureSuccessStatusCode();
        Emulator.Time.Advance(TimeSpan.FromMinutes(5));
        await App.Get<TicketStatePoller>().PollOnceAsync(cancellationToken);
    }

    public Task<int> ConfirmAsync(BotApplication app, CancellationToken cancellationToken) => app.Get<PointsConfirmer>().RunOnceAsync(cancellationToken);

    public IEnumerable<BotApplication> Instances => apps;

    public async ValueTask DisposeAsync()
    {
        foreach (var app in apps)
        {
            await app.DisposeAsync();
        }

        await Graph.DisposeAsync();
        await Emulator.DisposeAsync();
    }

    private BotApplication AddInstance()
    {
        var app = new BotApplication(Emulator, Time)
        {
            ConfigureServices = tables is null ? null : services =>
            {
                services.AddSingleton<IIdempotencyStore>(new TableIdempotencyStore(tables, Emulator.Time));
                services.AddSingleton<ISecureScoreStore>(new TableSecureScoreStore(tables));
            },
        };
        app.Settings["SecureScore:Source"] = "Graph";
        app.Settings["SecureScore:GraphBaseUrl"] = Graph.BaseUrl.AbsoluteUri;
        app.Settings["MicrosoftGraph:DevBearerToken"] = "test";
        apps.Add(app);
        return app;
    }

    private static ConversationReference Reference(string conversationId = Conversation) => new()
    {
        ChannelId = "msteams",
        ServiceUrl = "https://smba.test/",
        Conversation = new ConversationAccount { Id = conversationId, TenantId = Tenant, ConversationType = "channel", IsGroup = true },
        Bot = new ChannelAccount("bot", "SnowChatOps"),
        User = new ChannelAccount("user", "Megan Bowen"),
    };
}
