using Microsoft.AspNetCore.DataProtection;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Connection;
using SnowChatOps.Bot.MessageExtension;
using SnowChatOps.Bot.Connection.Confirmation;
using SnowChatOps.Bot.Onboarding;
using SnowChatOps.Bot.Proactive;
using SnowChatOps.Bot.Secrets;
using SnowChatOps.Bot.SecureScore;
using SnowChatOps.Bot.SecureScore.Posture;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Sharing;
using SnowChatOps.Bot.Sharing.Submission;
using SnowChatOps.Bot.Storage;
using SnowChatOps.Bot.Tickets;
using SnowChatOps.Bot.Tickets.Store;
using SnowChatOps.Bot.Tracking;
using SnowChatOps.Bot.Tracking.Outbox;
using SnowChatOps.Bot.Tracking.Polling;
using SnowChatOps.Bot.Tracking.Store;
using SnowChatOps.Bot.Tracking.Subscriptions;
using SnowChatOps.Bot.Tracking.Subscriptions.Health;
using SnowChatOps.TestSupport.Fakes;

namespace SnowChatOps.TestSupport.Harness;

/// <summary>
/// The real bot (the host's feature registrations, on a Development host builder) on Bot Builder's TestAdapter,
/// with in-memory stores, <see cref="FakeServiceNow"/> as ServiceNow's network, an ephemeral Data Protection key
/// ring and a fake clock. Background loops are off through their options. <paramref name="settings"/> override
/// configuration; <paramref name="configure"/> adds or replaces services.
/// </summary>
internal sealed class BotHarness : IAsyncDisposable
{
    public const string TenantId = "tenant-1";

    public const string UserAadObjectId = "aad-user-1";

    public const string InstanceUrl = "https://contoso.service-now.com";

    private readonly ServiceProvider provider;

    public BotHarness(Action<IServiceCollection>? configure = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Development });
        builder.Configuration.AddInMemoryCollection(Settings(settings));
        var services = builder.Services;
        AddInfrastructure(services);
        services.AddBotCore();
        services.AddOnboarding();
        services.AddProactive();
        services.AddServiceNow();
        builder.AddConnection();
        services.AddTickets();
        services.AddSharing();
        services.AddTracking();
        services.AddMessageExtension();
        AddFakes(services);
        configure?.Invoke(services);
        provider = services.BuildServiceProvider(validateScopes: true);

        Adapter = new UpdatingTestAdapter();
        Adapter.Conversation.Conversation.TenantId = TenantId;
        Adapter.Conversation.Conversation.ConversationType = "personal";
        Adapter.Conversation.User.AadObjectId = UserAadObjectId;
        Adapter.Conversation.User.Name = "Megan Bowen";
        foreach (var middleware in provider.GetServices<IMiddleware>())
        {
            Adapter.Use(middleware);
        }

        Adapter.OnTurnError = provider.GetRequiredService<BotErrorHandler>().HandleAsync;
        Bot = provider.GetRequiredService<IBot>();
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));

    public MemoryStorage Storage { get; } = new();

    public InMemoryIdempotencyStore Claims { get; } = new();

    public InMemoryConversationStore Conversations { get; } = new();

    public InMemoryConnectionStore Connections { get; } = new();

    public InMemoryPendingAuthorizationStore PendingAuthorizations { get; } = new();

    public FakeServiceNow ServiceNow { get; } = new();

    /// <summary>The Secure Score snapshots the bot reads; holds AdminMFAV2 at 4 points until a test changes it.</summary>
    public FixedSecureScoreSnapshotSource Snapshots { get; } = new();
    public InMemoryPendingConfirmationStore PendingConfirmations { get; } = new();

    public UpdatingTestAdapter Adapter { get; }

    public IBot Bot { get; }

    /// <summary>A harness whose tenant is connected to ServiceNow (<see cref="ConnectServiceNowAsync"/>).</summary>
    public static async Task<BotHarness> ConnectedAsync(Action<IServiceCollection>? configure = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var harness = new BotHarness(configure, settings);
        await harness.ConnectServiceNowAsync();
        return harness;
    }

    /// <summary>Stores a working connection of <see cref="TenantId"/> to <see cref="InstanceUrl"/> (tokens valid for a day).</summary>
    public Task ConnectServiceNowAsync() => Connections.TryAddAsync(
        new ServiceNowConnection
        {
            TenantId = TenantId, InstanceUrl = InstanceUrl, ClientId = "client-1", ClientSecret = "secret-1",
            Tokens = new ServiceNowTokens("access-1", "refresh-1", Time.GetUtcNow().AddDays(1)),
            ConnectedByName = "Patti Fernandez", ConnectedByAadObjectId = "aad-admin", ConnectedAt = Time.GetUtcNow().AddDays(-1),
            ConnectedAsUserName = "m365.integration", ConnectedAsIntegrationUser = true, Version = "Zurich Patch 2",
        },
        CancellationToken.None);

    public Task DisconnectServiceNowAsync() => Connections.DeleteAsync(TenantId, CancellationToken.None);

    public T Get<T>() where T : notnull => provider.GetRequiredService<T>();

    public TestFlow Flow() => new(Adapter, Bot.OnTurnAsync);

    public ValueTask DisposeAsync() => provider.DisposeAsync();

    private static Dictionary<string, string?> Settings(IReadOnlyDictionary<string, string?>? settings)
    {
        var all = new Dictionary<string, string?>
        {
            ["Connection:PublicBaseUrl"] = "http://127.0.0.1:3978",
            ["ServiceNow:AllowLoopback"] = "true",
            ["ServiceNow:Resilience:RetryBaseDelay"] = "00:00:00",
            ["ServiceNow:Resilience:MaxRetryAttempts"] = "1",
            ["ServiceNow:Resilience:CircuitMinimumThroughput"] = "10000",
            ["Admins:UserObjectIds:0"] = UserAadObjectId,
            ["Sharing:BackgroundRetries"] = "false",
            ["Tracking:Enabled"] = "false",
            ["Tracking:Outbox:Enabled"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return all;
    }

    private void AddInfrastructure(IServiceCollection services)
    {
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton(Time);
        services.AddSingleton<TimeProvider>(Time);
        services.AddHttpClient();
        services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
        services.AddSingleton<SecretProtector>();
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new BotOptions()));
        services.AddSingleton<BotErrorHandler>();
    }

    private void AddFakes(IServiceCollection services)
    {
        services.AddSingleton<IStorage>(Storage);
        services.AddSingleton<IIdempotencyStore>(Claims);
        services.AddSingleton<IConversationStore>(Conversations);
        services.AddSingleton<IConnectionStore>(Connections);
        services.AddSingleton<IPendingAuthorizationStore>(PendingAuthorizations);
        services.AddSingleton<IPendingConfirmationStore>(PendingConfirmations);
        services.AddSingleton<BotAdapter>(_ => Adapter!);
        services.AddSingleton<InMemorySubmissionStore>();
        services.AddSingleton<ISubmissionStore>(sp => sp.GetRequiredService<InMemorySubmissionStore>());
        services.AddSingleton<InMemoryTrackedTicketStore>();
        services.AddSingleton<ITrackedTicketStore>(sp => sp.GetRequiredService<InMemoryTrackedTicketStore>());
        services.AddSingleton<InMemoryTrackingStore>();
        services.AddSingleton<ITrackingStore>(sp => sp.GetRequiredService<InMemoryTrackingStore>());
        services.AddSingleton<InMemoryPollWatermarkStore>();
        services.AddSingleton<IPollWatermarkStore>(sp => sp.GetRequiredService<InMemoryPollWatermarkStore>());
        services.AddSingleton<InMemoryPollLeaseStore>();
        services.AddSingleton<IPollLeaseStore>(sp => sp.GetRequiredService<InMemoryPollLeaseStore>());
        services.AddSingleton<InMemorySubscriptionStore>();
        services.AddSingleton<ISubscriptionStore>(sp => sp.GetRequiredService<InMemorySubscriptionStore>());
        services.AddSingleton<InMemoryNotificationHealthStore>();
        services.AddSingleton<INotificationHealthStore>(sp => sp.GetRequiredService<InMemoryNotificationHealthStore>());
        services.AddSingleton<InMemoryOutboxStore>();
        services.AddSingleton<IOutboxStore>(sp => sp.GetRequiredService<InMemoryOutboxStore>());
        services.AddSingleton<IImprovementActionSource>(new FixedImprovementActionSource(SharingActions.All));
        services.AddSingleton<ImprovementActionCatalog>();
        services.AddSingleton<ISecureScoreSnapshotSource>(Snapshots);
        services.AddTransient<ActionPostures>();
        services.AddHttpClient(ServiceNowRegistration.TableApiClientName).ConfigurePrimaryHttpMessageHandler(() => ServiceNow);
        services.AddHttpClient(ServiceNowRegistration.OAuthApiClientName).ConfigurePrimaryHttpMessageHandler(() => ServiceNow);
    }
}
