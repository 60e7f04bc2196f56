using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Onboarding;
using SnowChatOps.Bot.Proactive;
using SnowChatOps.Bot.Storage;

namespace SnowChatOps.Tests.Fakes;

/// <summary>
/// The real bot (same registrations as the host) on Bot Builder's TestAdapter, with in-memory storage.
/// Tests add or replace services through <paramref name="configure"/>.
/// </summary>
internal sealed class BotHarness : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    public BotHarness(Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton(Time);
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<IStorage>(Storage);
        services.AddSingleton<IIdempotencyStore>(Claims);
        services.AddBotCore();
        services.AddOnboarding();
        services.AddProactive();
        services.AddSingleton<IConversationStore>(Conversations);
        services.AddSingleton<BotAdapter>(_ => Adapter!);
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new BotOptions()));
        services.AddSingleton<BotErrorHandler>();
        SnowChatOps.Tests.Sharing.Fakes.SharingTestRegistration.AddSharingWithFakes(services);
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

    public const string TenantId = "tenant-1";

    public const string UserAadObjectId = "aad-user-1";

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));

    public MemoryStorage Storage { get; } = new();

    public InMemoryIdempotencyStore Claims { get; } = new();

    public InMemoryConversationStore Conversations { get; } = new();

    public UpdatingTestAdapter Adapter { get; }

    public IBot Bot { get; }

    public T Get<T>() where T : notnull => provider.GetRequiredService<T>();

    public TestFlow Flow() => new(Adapter, Bot.OnTurnAsync);

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
