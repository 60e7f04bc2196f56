using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Connection;
using SnowChatOps.Bot.Proactive;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.ServiceNow.Auth;
using SnowChatOps.Bot.Storage;
using SnowChatOps.Bot.Tickets;
using SnowChatOps.Bot.Tracking;
using SnowChatOps.Bot.Tracking.Polling;
using SnowChatOps.Bot.Tracking.Store;
using SnowChatOps.Bot.Tickets.Store;
using SnowChatOps.IntegrationTests.Emulator;
using SnowChatOps.IntegrationTests.Sharing;
using SnowChatOps.ServiceNowEmulator.Data;
using SnowChatOps.ServiceNowEmulator.OAuth;
using SnowChatOps.Tests.Fakes;

namespace SnowChatOps.IntegrationTests.Tracking;

/// <summary>
/// The emulator in-process (fake time, recorded webhooks) and the bot's tracking feature on a TestServer that serves
/// POST /api/servicenow/events, with the real ServiceNow client pointed at the emulator and stores in memory.
/// The tenant is connected as the integration user; bot and emulator share one fake clock. Development (loopback
/// instances are allowed only there), without a development webhook secret unless a test sets one.
/// </summary>
internal sealed class TrackingEmulatorHost : IAsyncDisposable
{
    public const string Tenant = "tenant-a";
    public const string Conversation = "conv-1";
    public const string InstanceUrl = "http://127.0.0.1:5080";
    private const string ClientId = "snowchatops-dev-client";
    private const string ClientSecret = "snowchatops-dev-secret";
    private static readonly Uri Callback = new(EmulatorFactory.Callback);
    private readonly WebApplication bot;

    public TrackingEmulatorHost(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseTestServer();
        // Only tracking's own services are wired; the commands' dependencies (admins, Table storage) are not.
        builder.Host.UseDefaultServiceProvider(o => (o.ValidateOnBuild, o.ValidateScopes) = (false, true));
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(Configuration(settings));
        AddBot(builder.Services, builder.Configuration);
        bot = builder.Build();
        bot.MapTracking();
    }

    public EmulatorFactory Emulator { get; } = new();

    public RecordingAdapter Adapter { get; } = new();

    public InMemoryTrackedTicketStore Tracked { get; } = new();

    public InMemoryTrackingStore Settings { get; } = new();

    public InMemoryConnectionStore Connections { get; } = new();

    public InMemoryConversationStore Conversations { get; } = new();

    public TicketStatePoller Poller => bot.Services.GetRequiredService<TicketStatePoller>();

    public ServiceNowClient Client => bot.Services.GetRequiredService<ServiceNowClient>();

    public HttpClient Bot { get; private set; } = null!;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await bot.StartAsync(cancellationToken);
        Bot = bot.GetTestClient();
        await ConnectAsync(cancellationToken);
        await Conversations.SaveAsync(new ConversationRecord(Tenant, Conversation, "personal", "aad-user-1", Reference(), true, Emulator.Time.GetUtcNow()), cancellationToken);
    }

    /// <summary>A change request created in the emulator through the real client and tracked as shared into <see cref="Conversation"/>.</summary>
    public async Task<TrackedTicket> TrackNewChangeAsync(CancellationToken cancellationToken)
    {
        var ticket = await Client.CreateTicketAsync(Tenant, new NewTicket
        {
            Table = TicketTable.ChangeRequest, ShortDescription = "Require MFA for admins", Priority = 3,
            CorrelationId = Guid.NewGuid().ToString(), InitiatedBy = "Megan Bowen (aad-user-1)", ActionId = "AdminMFAV2",
        }, cancellationToken);
        var tracked = new TrackedTicket(Tenant, ticket.Table, ticket.SysId, ticket.Number, "AdminMFAV2", Conversation, "card-1", ticket.State, Emulator.Time.GetUtcNow());
        await Tracked.SaveAsync(tracked, cancellationToken);
        return tracked;
    }

    public async ValueTask DisposeAsync()
    {
        await bot.DisposeAsync();
        await Emulator.DisposeAsync();
    }

    private void AddBot(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<TimeProvider>(Emulator.Time);
        services.AddSingleton<IIdempotencyStore, InMemoryIdempotencyStore>();
        services.AddSingleton<BotAdapter>(Adapter);
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new BotOptions()));
        services.AddSingleton<ProactiveMessenger>();
        services.AddServiceNow(configuration).AddInMemoryServiceNowCredentialStore();
        services.AddHttpClient(ServiceNowRegistration.TableApiClientName).ConfigurePrimaryHttpMessageHandler(() => Emulator.Server.CreateHandler());
        services.AddHttpClient(ServiceNowRegistration.OAuthApiClientName).ConfigurePrimaryHttpMessageHandler(() => Emulator.Server.CreateHandler());
        services.AddTickets();
        services.AddTracking();
        services.AddSingleton<ITrackingStore>(Settings);
        services.AddSingleton<ITrackedTicketStore>(Tracked);
        services.AddSingleton<IConnectionStore>(Connections);
        services.AddSingleton<IConversationStore>(Conversations);
        services.AddSingleton<ITicketStateNameOverrides>(new FixedTicketStateNameOverrides());
    }

    private async Task ConnectAsync(CancellationToken cancellationToken)
    {
        var instance = ServiceNowInstance.Parse(InstanceUrl, new ServiceNowHostPolicy([], AllowLoopback: true));
        var pkce = Pkce.Create();
        var user = Emulator.Services.GetRequiredService<UserDirectory>().FindByName("m365.integration")!;
        var code = Emulator.Services.GetRequiredService<AuthCodeStore>().Issue(ClientId, Callback.AbsoluteUri, user.SysId, pkce.Challenge, Pkce.Method);
        var tokens = await bot.Services.GetRequiredService<ServiceNowOAuthClient>().ExchangeCodeAsync(instance, ClientId, ClientSecret, code.Value, Callback, pkce.Verifier, cancellationToken);
        bot.Services.GetRequiredService<InMemoryServiceNowCredentialStore>().Connect(Tenant, new ServiceNowCredentials(instance, ClientId, ClientSecret, tokens));
        await Connections.TryAddAsync(new ServiceNowConnection
        {
            TenantId = Tenant, InstanceUrl = InstanceUrl, ClientId = ClientId, ClientSecret = ClientSecret, Tokens = tokens,
            ConnectedByName = "Megan Bowen", ConnectedByAadObjectId = "aad-user-1", ConnectedAt = Emulator.Time.GetUtcNow(),
        }, cancellationToken);
    }

    private static ConversationReference Reference() => new()
    {
        ChannelId = "msteams",
        ServiceUrl = "https://smba.test/",
        Conversation = new ConversationAccount { Id = Conversation, TenantId = Tenant },
        Bot = new ChannelAccount("bot", "SnowChatOps"),
        User = new ChannelAccount("user", "Megan Bowen"),
    };

    private static Dictionary<string, string?> Configuration(IReadOnlyDictionary<string, string?>? extra)
    {
        var all = new Dictionary<string, string?>
        {
            ["ServiceNow:AllowLoopback"] = "true",
            ["ServiceNow:Resilience:RetryBaseDelay"] = "00:00:00",
            ["ServiceNow:Resilience:MaxRetryAttempts"] = "1",
            ["ServiceNow:Resilience:AttemptTimeout"] = "00:00:05",
            ["ServiceNow:Resilience:TotalRequestTimeout"] = "00:00:10",
            ["ServiceNow:Resilience:CircuitSamplingDuration"] = "00:00:30",
            ["Tracking:Enabled"] = "false",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return all;
    }
}
