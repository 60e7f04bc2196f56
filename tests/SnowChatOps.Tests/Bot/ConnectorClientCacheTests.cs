using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Time.Testing;
using SnowChatOps.Bot.Bot;

namespace SnowChatOps.Tests.Bot;

/// <summary>
/// The connector client pool: one client per app identity + audience + service URL, surviving the adapter's per-turn
/// dispose; never shared across identities or audiences; rebuilt after a failure or its lifetime; bounded.
/// </summary>
public sealed class ConnectorClientCacheTests
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    private static readonly ConnectorClientKey Key = new("app-a", "https://api.botframework.com", ServiceUrl);

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 3, 6, 0, 0, TimeSpan.Zero));
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;
    private int created;

    [Fact]
    public async Task GetAsync_SameKeyTwice_OneClientThatSurvivesTheTurnsDispose()
    {
        var cache = new ConnectorClientCache(time);

        var first = await cache.GetAsync(Key, CreateAsync, ct);
        first.Dispose();
        var second = await cache.GetAsync(Key, CreateAsync, ct);

        Assert.Same(first, second);
        Assert.Equal(1, created);
        Assert.IsType<SharedConnectorClient>(second);
        Assert.NotNull(((ConnectorClient)second).HttpClient);
        Assert.Equal(new Uri(ServiceUrl), second.BaseUri);
    }

    [Fact]
    public async Task GetAsync_OtherAppIdAudienceOrServiceUrl_NeverSharesAClient()
    {
        var cache = new ConnectorClientCache(time);
        ConnectorClientKey[] keys =
        [
            Key,
            Key with { AppId = "app-b" },
            Key with { AppId = null },
            Key with { Audience = "api://skill-c" },
            Key with { Audience = null },
            Key with { ServiceUrl = "https://smba.trafficmanager.net/emea/" },
        ];

        var clients = new List<IConnectorClient>();
        foreach (var key in keys)
        {
            clients.Add(await cache.GetAsync(key, CreateAsync, ct));
        }

        Assert.Equal(keys.Length, clients.Distinct().Count());
        Assert.Equal(keys.Length, created);
    }

    [Fact]
    public async Task GetAsync_ManyTurnsAtOnce_OneClientCreated()
    {
        var cache = new ConnectorClientCache(time);

        var clients = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(() => cache.GetAsync(Key, CreateAsync, ct), ct)));

        Assert.Single(clients.Distinct());
        Assert.Equal(1, created);
    }

    [Fact]
    public async Task GetAsync_CreateFailed_NextTurnCreatesAgain()
    {
        var cache = new ConnectorClientCache(time);

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => cache.GetAsync(Key, _ => throw new InvalidOperationException("Invalid appId"), ct));
        var client = await cache.GetAsync(Key, CreateAsync, ct);

        Assert.IsType<SharedConnectorClient>(client);
        Assert.Equal(1, created);
    }

    [Fact]
    public async Task GetAsync_AfterLifetime_NewClient()
    {
        var cache = new ConnectorClientCache(time);
        var first = await cache.GetAsync(Key, CreateAsync, ct);

        time.Advance(ConnectorClientCache.Lifetime - TimeSpan.FromSeconds(1));
        var stillFirst = await cache.GetAsync(Key, CreateAsync, ct);
        time.Advance(TimeSpan.FromSeconds(1));
        var fresh = await cache.GetAsync(Key, CreateAsync, ct);

        Assert.Same(first, stillFirst);
        Assert.NotSame(first, fresh);
        Assert.Equal(2, created);
    }

    [Fact]
    public async Task GetAsync_CacheFull_TurnGetsItsOwnUnsharedClient()
    {
        var cache = new ConnectorClientCache(time);
        for (var i = 0; i < ConnectorClientCache.MaxEntries; i++)
        {
            await cache.GetAsync(Key with { ServiceUrl = $"https://connector-{i}.example/" }, CreateAsync, ct);
        }

        var overflow = await cache.GetAsync(Key with { ServiceUrl = "https://one-too-many.example/" }, CreateAsync, ct);
        var again = await cache.GetAsync(Key with { ServiceUrl = "https://one-too-many.example/" }, CreateAsync, ct);

        Assert.IsNotType<SharedConnectorClient>(overflow);
        Assert.NotSame(overflow, again);
        overflow.Dispose();
        again.Dispose();
    }

    [Fact]
    public async Task GetAsync_InnerClientIsNotAConnectorClient_NotShared()
    {
        var cache = new ConnectorClientCache(time);
        Task<IConnectorClient> Foreign(CancellationToken _) => Task.FromResult<IConnectorClient>(new ForeignConnectorClient());

        var first = await cache.GetAsync(Key, Foreign, ct);
        var second = await cache.GetAsync(Key, Foreign, ct);

        Assert.IsType<ForeignConnectorClient>(first);
        Assert.NotSame(first, second);
    }

    /// <summary>What the SDK's factory does: a new client over a new HttpClient, owning it.</summary>
    private Task<IConnectorClient> CreateAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref created);
#pragma warning disable CA2000 // the client owns the HttpClient, as the SDK's ConnectorFactoryImpl does
        return Task.FromResult<IConnectorClient>(new ConnectorClient(new Uri(ServiceUrl), MicrosoftAppCredentials.Empty, new HttpClient(), disposeHttpClient: true));
#pragma warning restore CA2000
    }

    private sealed class ForeignConnectorClient : IConnectorClient
    {
        public Uri BaseUri { get; set; } = new(ServiceUrl);

        public Newtonsoft.Json.JsonSerializerSettings SerializationSettings { get; } = new();

        public Newtonsoft.Json.JsonSerializerSettings DeserializationSettings { get; } = new();

        public Microsoft.Rest.ServiceClientCredentials Credentials => MicrosoftAppCredentials.Empty;

        public IAttachments Attachments => throw new NotSupportedException();

        public IConversations Conversations => throw new NotSupportedException();

        public void Dispose()
        {
        }
    }
}
