using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SnowChatOps.Bot.MessageExtension;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Onboarding;
using SnowChatOps.Bot.Proactive;
using SnowChatOps.Bot.SecureScore;
using SnowChatOps.Bot.SecureScore.Offline;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.ServiceNow.Auth;
using SnowChatOps.Bot.Sharing;
using SnowChatOps.Bot.Sharing.Submission;
using SnowChatOps.Bot.Tickets;
using SnowChatOps.Bot.Tickets.Store;
using SnowChatOps.Bot.Storage;
using SnowChatOps.Tests.Fakes;

namespace SnowChatOps.Benchmarks;

/// <summary>
/// The in-process emulator, and the bot's sharing feature (real ServiceNow client, in-memory stores) connected to
/// it with a client-credentials token. <see cref="Raw"/> is a plain HttpClient on the same in-process network.
/// </summary>
internal sealed class ShareBenchHost : IAsyncDisposable
{
    public const string Tenant = "bench-tenant";
    private const string ClientId = "snowchatops-dev-client";
    private const string ClientSecret = "snowchatops-dev-secret";
    private static readonly ServiceNowInstance Instance = ServiceNowInstance.Parse("http://127.0.0.1:5080", new ServiceNowHostPolicy([], AllowLoopback: true));

    private readonly WebApplicationFactory<EmulatorEntryPoint> emulator;
    private readonly ServiceProvider provider;

    public ShareBenchHost()
    {
        // BenchmarkDotNet runs from the project folder, where WebApplicationFactory's manifest lookup fails.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_SNOWCHATOPS_SERVICENOWEMULATOR", EmulatorContentRoot());
        emulator = new WebApplicationFactory<EmulatorEntryPoint>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            b.UseSetting("Emulator:OAuth:ClientCredentialsGrantEnabled", "true");
            b.ConfigureLogging(l => l.ClearProviders());
        });
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IStorage>(new MemoryStorage());
        services.AddSingleton<IIdempotencyStore, InMemoryIdempotencyStore>();
        services.AddBotCore();
        services.AddOnboarding();
        services.AddProactive();
        services.AddSingleton<IConversationStore, InMemoryConversationStore>();
        services.AddSingleton<BotAdapter>(Adapter);
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new BotOptions()));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ServiceNow:AllowLoopback"] = "true", ["Sharing:BackgroundRetries"] = "false" }).Build();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddServiceNow(configuration).AddInMemoryServiceNowCredentialStore();
        services.AddHttpClient(ServiceNowRegistration.TableApiClientName).ConfigurePrimaryHttpMessageHandler(() => emulator.Server.CreateHandler());
        services.AddTickets();
        services.AddSharing();
        services.AddMessageExtension();
        services.AddSingleton<ISubmissionStore, InMemorySubmissionStore>();
        services.AddSingleton<ITrackedTicketStore, InMemoryTrackedTicketStore>();
        services.AddSingleton<ITicketStateNameOverrides, FixedTicketStateNameOverrides>();
        services.AddSingleton<IImprovementActionSource, OfflineCatalogImprovementActionSource>();
        services.AddSingleton<ImprovementActionCatalog>();
        provider = services.BuildServiceProvider();
        foreach (var middleware in provider.GetServices<IMiddleware>())
        {
            Adapter.Use(middleware);
        }

        Raw = new HttpClient(emulator.Server.CreateHandler()) { BaseAddress = Instance.BaseUri };
    }

    public DiscardingAdapter Adapter { get; } = new();

    public IBot Bot => provider.GetRequiredService<IBot>();

    /// <summary>A plain client on the same in-process network, authorized like the bot.</summary>
    public HttpClient Raw { get; }

    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = ClientId, ["client_secret"] = ClientSecret,
        });
        using var response = await Raw.PostAsync(new Uri("oauth_token.do", UriKind.Relative), form, cancellationToken);
        var token = await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<TokenAnswer>(cancellationToken) ?? throw new InvalidOperationException("no token");
        var tokens = new ServiceNowTokens(token.AccessToken, token.RefreshToken, DateTimeOffset.MaxValue);
        provider.GetRequiredService<InMemoryServiceNowCredentialStore>().Connect(Tenant, new ServiceNowCredentials(Instance, ClientId, ClientSecret, tokens));
        Raw.DefaultRequestHeaders.Authorization = new("Bearer", token.AccessToken);
        Raw.DefaultRequestHeaders.Accept.Add(new("application/json"));
    }

    public async ValueTask DisposeAsync()
    {
        Raw.Dispose();
        await provider.DisposeAsync();
        await emulator.DisposeAsync();
    }

    private static string EmulatorContentRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SnowChatOps.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Run the benchmarks from inside the repository."), "src", "SnowChatOps.ServiceNowEmulator");
    }

    private sealed record TokenAnswer(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("refresh_token")] string RefreshToken);
}
