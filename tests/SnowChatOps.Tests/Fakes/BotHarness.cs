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
using SnowChatOps.Bot.Connection.Confirmation;
using SnowChatOps.Bot.Onboarding;
using SnowChatOps.Bot.Proactive;
using SnowChatOps.Bot.Secrets;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Storage;

namespace SnowChatOps.Tests.Fakes;

/// <summary>
/// The real bot (the host's registrations) on Bot Builder's TestAdapter, with in-memory stores, an ephemeral
/// Data Protection key ring and a fake clock. <paramref name="settings"/> override configuration;
/// <paramref name="configure"/> adds or replaces services.
/// </summary>
internal sealed class BotHarness : IAsyncDisposable
{
    public const string TenantId = "tenant-1";

    public const string UserAadObjectId = "aad-user-1";

    private readonly ServiceProvider provider;

    public BotHarness(Action<IServiceCollection>? configure = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var services = new ServiceCollection();
        var configuration = AddInfrastructure(services, settings);
        services.AddBotCore();
        services.AddOnboarding();
        services.AddProactive();
        services.AddServiceNow();
        services.AddConnection(configuration);
        AddFakes(services);
        SharingTestRegistration.AddSharingWithFakes(services);
        TrackingTestRegistration.AddTrackingWithFakes(services);
        SnowChatOps.Bot.MessageExtension.MessageExtensionRegistration.AddMessageExtension(services);
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

    public InMemoryPendingConfirmationStore PendingConfirmations { get; } = new();

    public UpdatingTestAdapter Adapter { get; }

    public IBot Bot { get; }

    public T Get<T>() where T : notnull => provider.GetRequiredService<T>();

    public TestFlow Flow() => new(Adapter, Bot.OnTurnAsync);

    public ValueTask DisposeAsync() => provider.DisposeAsync();

    private IConfiguration AddInfrastructure(IServiceCollection services, IReadOnlyDictionary<string, string?>? settings)
    {
        var defaults = new Dictionary<string, string?>
        {
            ["Connection:PublicBaseUrl"] = "http://127.0.0.1:3978",
            ["ServiceNow:AllowLoopback"] = "true",
            ["Admins:UserObjectIds:0"] = UserAadObjectId,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            defaults[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(defaults).Build();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(new TestHostEnvironment());
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton(Time);
        services.AddSingleton<TimeProvider>(Time);
        services.AddHttpClient();
        services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
        services.AddSingleton<SecretProtector>();
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new BotOptions()));
        services.AddSingleton<BotErrorHandler>();
        return configuration;
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
    }
}
