using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using SnowChatOps.Bot;
using SnowChatOps.Bot.Connection;
using SnowChatOps.Bot.Proactive;
using SnowChatOps.Bot.SecureScore.Store;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Sharing.Submission;
using SnowChatOps.Bot.Storage;
using SnowChatOps.Bot.Tickets.Store;
using SnowChatOps.Bot.Tracking.Outbox;
using SnowChatOps.Bot.Tracking.Polling;
using SnowChatOps.Bot.Tracking.Store;
using SnowChatOps.Bot.Tracking.Subscriptions;
using SnowChatOps.Bot.Tracking.Subscriptions.Health;
using SnowChatOps.TestSupport.Fakes;

namespace SnowChatOps.TestSupport.Hosting;

/// <summary>
/// The bot's real composition root (Program, Development) in memory, swapping exactly its edges: stores become
/// their in-memory twins, Teams becomes a <see cref="RecordingAdapter"/>, ServiceNow is the in-process emulator
/// (its TestServer handler is the ServiceNow clients' network), time is a fake clock. Background loops are off
/// through their options. A test adds settings or services before the first use of <see cref="Services"/>.
/// </summary>
internal sealed class BotApplication(WebApplicationFactory<EmulatorEntryPoint> emulator, FakeTimeProvider? time = null) : WebApplicationFactory<BotAssemblyMarker>
{
    public const string Tenant = "tenant-a";
    public const string InstanceUrl = "http://127.0.0.1:5080";

    public FakeTimeProvider Time { get; } = time ?? new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));

    public WebApplicationFactory<EmulatorEntryPoint> Emulator => emulator;

    public RecordingAdapter Adapter { get; } = new();

    /// <summary>Teams for the bot instead of <see cref="Adapter"/> (a benchmark's discarding channel); null: <see cref="Adapter"/>.</summary>
    public BotAdapter? Channel { get; init; }

    public InMemorySubmissionStore Submissions { get; } = new();

    public InMemoryTrackedTicketStore Tracked { get; } = new();

    public InMemoryTrackingStore TrackingSettings { get; } = new();

    public InMemoryPollWatermarkStore Watermarks { get; } = new();

    public InMemoryPollLeaseStore PollLeases { get; } = new();

    public InMemorySubscriptionStore Subscriptions { get; } = new();

    public InMemoryNotificationHealthStore Health { get; } = new();

    public InMemoryConnectionStore Connections { get; } = new();

    public InMemoryConversationStore Conversations { get; } = new();

    public InMemorySecureScoreStore SecureScore { get; } = new();

    public InMemoryOutboxStore Outbox { get; } = new();

    /// <summary>The conversation's members as the Bot Connector would list them (emails for "Assign to me").</summary>
    public FakeTeamsRoster Roster { get; } = new();

    public Dictionary<string, string?> Settings { get; } = new()
    {
        ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
        ["Admins:UserObjectIds:0"] = "aad-user-1",
        ["Sharing:BackgroundRetries"] = "false",
        ["Tracking:Enabled"] = "false",
        ["Tracking:Outbox:Enabled"] = "false",
        ["SecureScore:Source"] = "OfflineCatalog",
        ["SecureScore:Confirmations:Enabled"] = "false",
        ["SecureScore:Alerts:Enabled"] = "false",
        ["SecureScore:Reminders:Enabled"] = "false",
        ["SecureScore:Digest:Enabled"] = "false",
        ["Hosting:IdleTrim:Enabled"] = "false", // a full blocking GC of the whole test process whenever a test moves its clock
        ["ServiceNow:Resilience:RetryBaseDelay"] = "00:00:00",
        ["ServiceNow:Resilience:MaxRetryAttempts"] = "1",
        ["ServiceNow:Resilience:AttemptTimeout"] = "00:00:05",
        ["ServiceNow:Resilience:TotalRequestTimeout"] = "00:00:10",
        ["ServiceNow:Resilience:CircuitSamplingDuration"] = "00:00:30",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    /// <summary>Services a test adds or replaces after the harness's own swaps.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    /// <summary>The Table API's network instead of the emulator's handler (e.g. one that loses answers); null: the emulator.</summary>
    public HttpMessageHandler? TableNetwork { get; init; }

    private int middlewareAdded;

    /// <summary>The bot, with its middleware (locale, state, conversation capture) on <see cref="Adapter"/>.</summary>
    public IBot Bot
    {
        get
        {
            if (Interlocked.Exchange(ref middlewareAdded, 1) == 0)
            {
                foreach (var middleware in Services.GetServices<IMiddleware>())
                {
                    (Channel ?? Adapter).Use(middleware);
                }
            }

            return Services.GetRequiredService<IBot>();
        }
    }

    public ServiceNowClient Client => Services.GetRequiredService<ServiceNowClient>();

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Runs one activity through the bot's middleware and handler on <see cref="Adapter"/>.</summary>
    public Task SendAsync(Activity activity, CancellationToken cancellationToken) => Adapter.ProcessAsync(activity, Bot, cancellationToken);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(l => l.ClearProviders());
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            services.AddSingleton(Time);
            services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
            services.AddSingleton<IStorage>(new MemoryStorage());
            services.AddSingleton<IIdempotencyStore>(new InMemoryIdempotencyStore());
            services.AddSingleton<IPendingAuthorizationStore>(new InMemoryPendingAuthorizationStore());
            services.AddSingleton<IConnectionStore>(Connections);
            services.AddSingleton<IConversationStore>(Conversations);
            services.AddSingleton<ISecureScoreStore>(SecureScore);
            services.AddSingleton<ISubmissionStore>(Submissions);
            services.AddSingleton<ITrackedTicketStore>(Tracked);
            services.AddSingleton<ITrackingStore>(TrackingSettings);
            services.AddSingleton<IPollWatermarkStore>(Watermarks);
            services.AddSingleton<IPollLeaseStore>(PollLeases);
            services.AddSingleton<ISubscriptionStore>(Subscriptions);
            services.AddSingleton<INotificationHealthStore>(Health);
            services.AddSingleton<IOutboxStore>(Outbox);
            services.AddSingleton(Channel ?? Adapter);
            services.AddSingleton<ITeamsRoster>(Roster);
            services.AddHttpClient(ServiceNowRegistration.TableApiClientName).ConfigurePrimaryHttpMessageHandler(() => TableNetwork ?? emulator.Server.CreateHandler());
            services.AddHttpClient(ServiceNowRegistration.OAuthApiClientName).ConfigurePrimaryHttpMessageHandler(() => emulator.Server.CreateHandler());

            ConfigureServices?.Invoke(services);
        });
    }
}
