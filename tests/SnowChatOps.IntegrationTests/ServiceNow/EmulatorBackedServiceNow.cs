using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using SnowChatOps.Bot.Connection;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.ServiceNow.Auth;
using SnowChatOps.TestSupport.Hosting;

namespace SnowChatOps.IntegrationTests.ServiceNow;

/// <summary>
/// The ServiceNow client of <see cref="BotApplication"/> (the real Program) against the in-process emulator, with
/// its log records collected. Tenants connect through a real authorization-code + PKCE exchange.
/// </summary>
internal sealed class EmulatorBackedServiceNow : IAsyncDisposable
{
    public const string TenantA = BotApplication.Tenant;
    public const string ClientId = BotApplicationConnections.ClientId;
    public const string ClientSecret = BotApplicationConnections.ClientSecret;
    public static readonly Uri Callback = BotApplicationConnections.Callback;
    public static readonly ServiceNowHostPolicy Policy = new([], AllowLoopback: true);
    public static readonly ServiceNowInstance Instance = ServiceNowInstance.Parse(BotApplication.InstanceUrl, Policy);

    private readonly WebApplicationFactory<EmulatorEntryPoint> emulator;
    private readonly BotApplication app;

    public EmulatorBackedServiceNow(FakeTimeProvider? time = null)
    {
        emulator = new WebApplicationFactory<EmulatorEntryPoint>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            b.UseSetting("Emulator:ControlApi", "true");
        });
        app = new BotApplication(emulator, time) { ConfigureServices = s => s.AddSingleton<ILoggerProvider>(Logs) };
        app.Settings["Logging:LogLevel:Default"] = "Debug";
        app.Settings["ServiceNow:Resilience:CircuitMinimumThroughput"] = "2";
        Control = emulator.CreateClient();
    }

    public FakeLoggerProvider Logs { get; } = new();

    public HttpClient Control { get; }

    public ServiceNowClient Client => app.Client;

    public ServiceNowOAuthClient OAuth => app.Get<ServiceNowOAuthClient>();

    /// <summary>The bot's credential store (the Connection feature's, over the in-memory connection store).</summary>
    public IServiceNowCredentialStore Store => app.Get<IServiceNowCredentialStore>();

    internal IServiceProvider EmulatorServices => emulator.Services;

    /// <summary>The client side's services (e.g. its IMeterFactory).</summary>
    internal IServiceProvider Services => app.Services;

    public Task<ServiceNowTokens> ConnectAsync(string tenantId, ServiceNowInstance instance, CancellationToken cancellationToken)
        => app.ConnectAsync(cancellationToken, tenantId, instanceUrl: instance.BaseUri.GetLeftPart(UriPartial.Authority));

    /// <summary>Why the tenant's connection needs reauthorization, or null while it works.</summary>
    public async Task<string?> ReauthorizationReasonAsync(string tenantId, CancellationToken cancellationToken)
        => (await app.Get<IConnectionStore>().GetAsync(tenantId, cancellationToken)) is { Status: ConnectionStatus.NeedsAuthorization } c ? c.StatusReason ?? "?" : null;

    public async Task SetFaultsAsync(object faults, CancellationToken cancellationToken) =>
        (await Control.PutAsJsonAsync("/_emulator/faults", faults, cancellationToken)).EnsureSuccessStatusCode();

    public async ValueTask DisposeAsync()
    {
        Control.Dispose();
        await app.DisposeAsync();
        await emulator.DisposeAsync();
    }
}
