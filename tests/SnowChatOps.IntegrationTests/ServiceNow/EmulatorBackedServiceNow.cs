using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.ServiceNow.Auth;
using SnowChatOps.ServiceNowEmulator.Data;
using SnowChatOps.ServiceNowEmulator.OAuth;

namespace SnowChatOps.IntegrationTests.ServiceNow;

/// <summary>
/// The real ServiceNow client registration pointed at the in-process emulator (TestServer handler as the primary
/// handler). Tenant A is connected through a real authorization-code + PKCE exchange.
/// </summary>
internal sealed class EmulatorBackedServiceNow : IAsyncDisposable
{
    public const string TenantA = "tenant-a";
    public const string ClientId = "snowchatops-dev-client";
    public const string ClientSecret = "snowchatops-dev-secret";
    public static readonly Uri Callback = new("http://127.0.0.1:3978/oauth/servicenow/callback");
    public static readonly ServiceNowHostPolicy Policy = new([], AllowLoopback: true);
    public static readonly ServiceNowInstance Instance = ServiceNowInstance.Parse("http://127.0.0.1:5080", Policy);

    private readonly WebApplicationFactory<EmulatorEntryPoint> emulator;
    private readonly ServiceProvider provider;

    public EmulatorBackedServiceNow(IDictionary<string, string?>? settings = null, TimeProvider? time = null)
    {
        emulator = new WebApplicationFactory<EmulatorEntryPoint>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            b.UseSetting("Emulator:ControlApi", "true");
        });
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ServiceNow:AllowLoopback"] = "true",
            ["ServiceNow:Resilience:RetryBaseDelay"] = "00:00:00",
            ["ServiceNow:Resilience:MaxRetryAttempts"] = "1",
            ["ServiceNow:Resilience:CircuitMinimumThroughput"] = "2",
        }.Concat(settings ?? new Dictionary<string, string?>())).Build();
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerProvider>(Logs);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Debug));
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddServiceNow(configuration).AddInMemoryServiceNowCredentialStore();
        services.AddHttpClient(ServiceNowRegistration.TableApiClientName).ConfigurePrimaryHttpMessageHandler(() => emulator.Server.CreateHandler());
        services.AddHttpClient(ServiceNowRegistration.OAuthApiClientName).ConfigurePrimaryHttpMessageHandler(() => emulator.Server.CreateHandler());
        provider = services.BuildServiceProvider();
        Control = emulator.CreateClient();
    }

    public FakeLoggerProvider Logs { get; } = new();

    public HttpClient Control { get; }

    public ServiceNowClient Client => provider.GetRequiredService<ServiceNowClient>();

    public ServiceNowOAuthClient OAuth => provider.GetRequiredService<ServiceNowOAuthClient>();

    public InMemoryServiceNowCredentialStore Store => provider.GetRequiredService<InMemoryServiceNowCredentialStore>();

    internal IServiceProvider EmulatorServices => emulator.Services;

    /// <summary>The client side's services (e.g. its IMeterFactory).</summary>
    internal IServiceProvider Services => provider;

    /// <summary>Connects a tenant as the integration user through a real code exchange (the browser step is replaced by issuing the code).</summary>
    public async Task<ServiceNowTokens> ConnectAsync(string tenantId, ServiceNowInstance instance, CancellationToken cancellationToken)
    {
        var pkce = Pkce.Create();
        var user = emulator.Services.GetRequiredService<UserDirectory>().FindByName("m365.integration")!;
        var code = emulator.Services.GetRequiredService<AuthCodeStore>().Issue(ClientId, Callback.AbsoluteUri, user.SysId, pkce.Challenge, Pkce.Method);
        var tokens = await OAuth.ExchangeCodeAsync(instance, ClientId, ClientSecret, code.Value, Callback, pkce.Verifier, cancellationToken);
        Store.Connect(tenantId, new ServiceNowCredentials(instance, ClientId, ClientSecret, tokens));
        return tokens;
    }

    public async Task SetFaultsAsync(object faults, CancellationToken cancellationToken) =>
        (await Control.PutAsJsonAsync("/_emulator/faults", faults, cancellationToken)).EnsureSuccessStatusCode();

    public async ValueTask DisposeAsync()
    {
        Control.Dispose();
        await provider.DisposeAsync();
        await emulator.DisposeAsync();
    }
}
