using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SnowChatOps.Bot.MessageExtension;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Onboarding;
using SnowChatOps.Bot.Storage;
using SnowChatOps.Bot.Proactive;
using SnowChatOps.Bot.SecureScore;
using SnowChatOps.Bot.SecureScore.Offline;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.ServiceNow.Auth;
using SnowChatOps.Bot.Sharing;
using SnowChatOps.Bot.Sharing.Submission;
using SnowChatOps.Bot.Tickets.Store;
using SnowChatOps.Bot.Tickets;
using SnowChatOps.ServiceNowEmulator.Data;
using SnowChatOps.ServiceNowEmulator.OAuth;
using SnowChatOps.Tests.Fakes;

namespace SnowChatOps.IntegrationTests.Sharing;

/// <summary>
/// The bot's sharing feature with the real ServiceNow client pointed at the in-process emulator (through
/// <see cref="DetachedDeliveryHandler"/>), tenant connected as the integration user, stores in memory.
/// Client timeouts are short (1 s attempt) so an emulator latency fault longer than that is a timeout.
/// </summary>
internal sealed class SharingEmulatorHost : IAsyncDisposable
{
    public const string Tenant = "tenant-a";
    public const string ClientId = "snowchatops-dev-client";
    public static readonly ServiceNowInstance Instance = ServiceNowInstance.Parse("http://127.0.0.1:5080", new ServiceNowHostPolicy([], AllowLoopback: true));
    private static readonly Uri Callback = new("http://127.0.0.1:3978/oauth/servicenow/callback");

    private readonly WebApplicationFactory<EmulatorEntryPoint> emulator;
    private readonly ServiceProvider provider;

    public SharingEmulatorHost()
    {
        emulator = new WebApplicationFactory<EmulatorEntryPoint>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            b.UseSetting("Emulator:ControlApi", "true");
        });
        Network = new DetachedDeliveryHandler(emulator.Server.CreateHandler());
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<TimeProvider>(Time);
        AddBot(services);
        services.AddServiceNow(Configuration()).AddInMemoryServiceNowCredentialStore();
        services.AddHttpClient(ServiceNowRegistration.TableApiClientName).ConfigurePrimaryHttpMessageHandler(() => Network);
        services.AddHttpClient(ServiceNowRegistration.OAuthApiClientName).ConfigurePrimaryHttpMessageHandler(() => emulator.Server.CreateHandler());
        services.AddSingleton<IConfiguration>(Configuration());
        services.AddTickets();
        services.AddSharing();
        services.AddMessageExtension();
        services.AddSingleton<ISubmissionStore>(Submissions);
        services.AddSingleton<ITrackedTicketStore>(Tracked);
        services.AddSingleton<ITicketStateNameOverrides>(new FixedTicketStateNameOverrides());
        services.AddSingleton<IConversationStore>(Conversations);
        services.AddSingleton<IImprovementActionSource, OfflineCatalogImprovementActionSource>();
        services.AddSingleton<ImprovementActionCatalog>();
        provider = services.BuildServiceProvider(validateScopes: true);
        foreach (var middleware in provider.GetServices<IMiddleware>())
        {
            Adapter.Use(middleware);
        }

        Control = emulator.CreateClient();
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));

    public RecordingAdapter Adapter { get; } = new();

    public DetachedDeliveryHandler Network { get; }

    public InMemorySubmissionStore Submissions { get; } = new();

    public InMemoryTrackedTicketStore Tracked { get; } = new();

    public InMemoryConversationStore Conversations { get; } = new();

    public HttpClient Control { get; }

    public IBot Bot => provider.GetRequiredService<IBot>();

    public QueuedSubmissionProcessor Processor => provider.GetRequiredService<QueuedSubmissionProcessor>();

    public ServiceNowClient Client => provider.GetRequiredService<ServiceNowClient>();

    /// <summary>The emulator's stored rows of <paramref name="table"/> (copies).</summary>
    public IReadOnlyList<Dictionary<string, string>> Rows(string table) => emulator.Services.GetRequiredService<RecordStore>().List(table);

    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        var pkce = Pkce.Create();
        var user = emulator.Services.GetRequiredService<UserDirectory>().FindByName("m365.integration")!;
        var code = emulator.Services.GetRequiredService<AuthCodeStore>().Issue(ClientId, Callback.AbsoluteUri, user.SysId, pkce.Challenge, Pkce.Method);
        var oauth = provider.GetRequiredService<ServiceNowOAuthClient>();
        var tokens = await oauth.ExchangeCodeAsync(Instance, ClientId, "snowchatops-dev-secret", code.Value, Callback, pkce.Verifier, cancellationToken);
        provider.GetRequiredService<InMemoryServiceNowCredentialStore>().Connect(Tenant, new ServiceNowCredentials(Instance, ClientId, "snowchatops-dev-secret", tokens));
    }

    public async Task SetFaultsAsync(object faults, CancellationToken cancellationToken) =>
        (await Control.PutAsJsonAsync("/_emulator/faults", faults, cancellationToken)).EnsureSuccessStatusCode();

    public async ValueTask DisposeAsync()
    {
        Control.Dispose();
        await provider.DisposeAsync();
        await emulator.DisposeAsync();
    }

    private void AddBot(IServiceCollection services)
    {
        services.AddSingleton<IStorage>(new MemoryStorage());
        services.AddSingleton<IIdempotencyStore, InMemoryIdempotencyStore>();
        services.AddBotCore();
        services.AddOnboarding();
        services.AddProactive();
        services.AddSingleton<IConversationStore>(Conversations);
        services.AddSingleton<BotAdapter>(Adapter);
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new BotOptions()));
    }

    private static IConfigurationRoot Configuration() => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["ServiceNow:AllowLoopback"] = "true",
        ["ServiceNow:Resilience:RetryBaseDelay"] = "00:00:00",
        ["ServiceNow:Resilience:MaxRetryAttempts"] = "1",
        ["ServiceNow:Resilience:AttemptTimeout"] = "00:00:01",
        ["ServiceNow:Resilience:TotalRequestTimeout"] = "00:00:02",
        ["ServiceNow:Resilience:CircuitSamplingDuration"] = "00:00:30",
        ["Sharing:BackgroundRetries"] = "false",
    }).Build();
}
