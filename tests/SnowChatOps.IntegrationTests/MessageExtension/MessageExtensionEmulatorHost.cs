using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.MessageExtension;
using SnowChatOps.Bot.Onboarding;
using SnowChatOps.Bot.Proactive;
using SnowChatOps.Bot.SecureScore;
using SnowChatOps.Bot.SecureScore.Offline;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.ServiceNow.Auth;
using SnowChatOps.Bot.Sharing;
using SnowChatOps.Bot.Sharing.Submission;
using SnowChatOps.Bot.Sharing.Tracked;
using SnowChatOps.Bot.Storage;
using SnowChatOps.Bot.Tickets;
using SnowChatOps.IntegrationTests.Sharing;
using SnowChatOps.ServiceNowEmulator.Data;
using SnowChatOps.ServiceNowEmulator.OAuth;
using SnowChatOps.Tests.Fakes;

namespace SnowChatOps.IntegrationTests.MessageExtension;

/// <summary>
/// The bot with sharing and the message extension, the real ServiceNow client pointed at the in-process emulator,
/// the tenant connected as the integration user (through the emulator's OAuth code exchange), stores in memory.
/// </summary>
internal sealed class MessageExtensionEmulatorHost : IAsyncDisposable
{
    public const string Tenant = "tenant-a";
    private const string ClientId = "snowchatops-dev-client";
    private const string ClientSecret = "snowchatops-dev-secret";
    private static readonly ServiceNowInstance Instance = ServiceNowInstance.Parse("http://127.0.0.1:5080", new ServiceNowHostPolicy([], AllowLoopback: true));
    private static readonly Uri Callback = new("http://127.0.0.1:3978/oauth/servicenow/callback");

    private readonly WebApplicationFactory<EmulatorEntryPoint> emulator;
    private readonly ServiceProvider provider;

    public MessageExtensionEmulatorHost()
    {
        emulator = new WebApplicationFactory<EmulatorEntryPoint>().WithWebHostBuilder(b => b.UseEnvironment("Development"));
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<IStorage>(new MemoryStorage());
        services.AddSingleton<IIdempotencyStore, InMemoryIdempotencyStore>();
        services.AddBotCore();
        services.AddOnboarding();
        services.AddProactive();
        services.AddSingleton<IConversationStore>(new InMemoryConversationStore());
        services.AddSingleton<BotAdapter>(Adapter);
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new BotOptions()));
        services.AddServiceNow(Configuration()).AddInMemoryServiceNowCredentialStore();
        services.AddHttpClient(ServiceNowRegistration.TableApiClientName).ConfigurePrimaryHttpMessageHandler(() => emulator.Server.CreateHandler());
        services.AddHttpClient(ServiceNowRegistration.OAuthApiClientName).ConfigurePrimaryHttpMessageHandler(() => emulator.Server.CreateHandler());
        services.AddSharing(Configuration(), runBackgroundRetries: false);
        services.AddMessageExtension();
        services.AddSingleton<ISubmissionStore>(Submissions);
        services.AddSingleton<ITrackedTicketStore>(Tracked);
        services.AddSingleton<ITicketStateNameOverrides>(new FixedTicketStateNameOverrides());
        services.AddSingleton<IImprovementActionSource, OfflineCatalogImprovementActionSource>();
        services.AddSingleton<ImprovementActionCatalog>();
        provider = services.BuildServiceProvider(validateScopes: true);
        foreach (var middleware in provider.GetServices<IMiddleware>())
        {
            Adapter.Use(middleware);
        }
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));

    public RecordingAdapter Adapter { get; } = new();

    public InMemorySubmissionStore Submissions { get; } = new();

    public InMemoryTrackedTicketStore Tracked { get; } = new();

    public IBot Bot => provider.GetRequiredService<IBot>();

    /// <summary>The emulator's stored rows of <paramref name="table"/> (copies).</summary>
    public IReadOnlyList<Dictionary<string, string>> Rows(string table) => emulator.Services.GetRequiredService<RecordStore>().List(table);

    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        var pkce = Pkce.Create();
        var user = emulator.Services.GetRequiredService<UserDirectory>().FindByName("m365.integration")!;
        var code = emulator.Services.GetRequiredService<AuthCodeStore>().Issue(ClientId, Callback.AbsoluteUri, user.SysId, pkce.Challenge, Pkce.Method);
        var tokens = await provider.GetRequiredService<ServiceNowOAuthClient>()
            .ExchangeCodeAsync(Instance, ClientId, ClientSecret, code.Value, Callback, pkce.Verifier, cancellationToken);
        provider.GetRequiredService<InMemoryServiceNowCredentialStore>().Connect(Tenant, new ServiceNowCredentials(Instance, ClientId, ClientSecret, tokens));
    }

    public async ValueTask DisposeAsync()
    {
        await provider.DisposeAsync();
        await emulator.DisposeAsync();
    }

    private static IConfiguration Configuration() => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["ServiceNow:AllowLoopback"] = "true",
        ["ServiceNow:Resilience:RetryBaseDelay"] = "00:00:00",
        ["ServiceNow:Resilience:MaxRetryAttempts"] = "1",
    }).Build();
}
