using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.ServiceNow.Auth;

namespace SnowChatOps.Tests.ServiceNow.Fakes;

/// <summary>The real ServiceNow registration with the strict queue handler as the network.</summary>
internal sealed class ServiceNowTestHost : IDisposable
{
    public const string Tenant = "tenant-a";
    public static readonly ServiceNowInstance Instance = ServiceNowInstance.Parse("acme", ServiceNowHostPolicy.Default);

    private readonly ServiceProvider provider;

    public ServiceNowTestHost(TimeProvider? time = null, IDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ServiceNow:Resilience:RetryBaseDelay"] = "00:00:00",
            ["ServiceNow:Resilience:MaxRetryAttempts"] = "2",
            ["ServiceNow:Resilience:CircuitMinimumThroughput"] = "2",
            ["ServiceNow:Resilience:CircuitFailureRatio"] = "0.5",
        }.Concat(settings ?? new Dictionary<string, string?>())).Build();
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerProvider>(Logs);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Debug));
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddServiceNow(configuration).AddInMemoryServiceNowCredentialStore();
        services.AddHttpClient(ServiceNowRegistration.TableApiClientName).ConfigurePrimaryHttpMessageHandler(() => Network);
        services.AddHttpClient(ServiceNowRegistration.OAuthApiClientName).ConfigurePrimaryHttpMessageHandler(() => Network);
        provider = services.BuildServiceProvider();
    }

    public StrictQueueHandler Network { get; } = new();

    public FakeLoggerProvider Logs { get; } = new();

    public InMemoryServiceNowCredentialStore Store => provider.GetRequiredService<InMemoryServiceNowCredentialStore>();

    public ServiceNowClient Client => provider.GetRequiredService<ServiceNowClient>();

    public ServiceNowOAuthClient OAuth => provider.GetRequiredService<ServiceNowOAuthClient>();

    public ServiceNowTestHost Connected(DateTimeOffset accessExpiresAt, string access = "access-1")
    {
        Store.Connect(Tenant, new ServiceNowCredentials(Instance, "client-id", "client-secret", new ServiceNowTokens(access, "refresh-1", accessExpiresAt)));
        return this;
    }

    public void Dispose() => provider.Dispose();
}
