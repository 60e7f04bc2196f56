using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SnowChatOps.Bot.Bot;
using SnowChatOps.TestSupport.BotFramework;
using SnowChatOps.TestSupport.Hosting;

namespace SnowChatOps.IntegrationTests.Bot;

/// <summary>
/// /api/messages on the real composition root (Development, anonymous) with the real adapter and Bot Connector
/// client, replying to loopback connectors: turns to one service URL share one connector client (the adapter's
/// per-turn dispose does not end it) and every reply arrives; another service URL gets its own client; the turn's
/// user-token client is not built when the turn does not use it.
/// </summary>
public sealed class ConnectorClientReuseTests : IAsyncLifetime
{
    private readonly WebApplicationFactory<EmulatorEntryPoint> emulator = new WebApplicationFactory<EmulatorEntryPoint>()
        .WithWebHostBuilder(b => b.UseEnvironment("Development"));

    private readonly LoopbackCertificate certificate = LoopbackCertificate.Create(TimeProvider.System.GetUtcNow());
    private readonly TurnClientRecorder clients = new();
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;
    private FakeBotConnector connectorA = null!;
    private FakeBotConnector connectorB = null!;
    private BotApplication app = null!;

    public async ValueTask InitializeAsync()
    {
        connectorA = await FakeBotConnector.StartAnonymousAsync(certificate, ct);
        connectorB = await FakeBotConnector.StartAnonymousAsync(certificate, ct);
        app = new BotApplication(emulator)
        {
            ConfigureServices = services => services.AddSingleton<Microsoft.Bot.Builder.IMiddleware>(clients).TrustConnector(certificate),
        };
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await emulator.DisposeAsync();
        await connectorA.DisposeAsync();
        await connectorB.DisposeAsync();
        certificate.Dispose();
    }

    [Fact]
    public async Task Messages_TwoTurnsToOneServiceUrl_ShareOneConnectorClientAndBothRepliesArrive()
    {
        var first = await HelpAsync(connectorA);
        var second = await HelpAsync(connectorA);

        Assert.Single(connectorA.CallsTo(first));
        Assert.Single(connectorA.CallsTo(second));
        Assert.Equal(2, clients.Seen.Count);
        Assert.Same(clients.Seen[0], clients.Seen[1]);
        Assert.Empty(connectorA.UnexpectedRequests);
    }

    [Fact]
    public async Task Messages_TwoServiceUrls_OneConnectorClientEachAndRepliesGoToTheirOwn()
    {
        var toA = await HelpAsync(connectorA);
        var toB = await HelpAsync(connectorB);
        var toAAgain = await HelpAsync(connectorA);

        Assert.Single(connectorA.CallsTo(toA));
        Assert.Single(connectorA.CallsTo(toAAgain));
        Assert.Single(connectorB.CallsTo(toB));
        Assert.Empty(connectorA.CallsTo(toB));
        Assert.Empty(connectorB.CallsTo(toA));
        Assert.NotSame(clients.Seen[0], clients.Seen[1]);
        Assert.Same(clients.Seen[0], clients.Seen[2]);
    }

    [Fact]
    public async Task Messages_AfterTheClientLifetime_NextTurnGetsAFreshClientThatStillReplies()
    {
        await HelpAsync(connectorA);
        app.Time.Advance(ConnectorClientCache.Lifetime);
        var later = await HelpAsync(connectorA);

        Assert.Single(connectorA.CallsTo(later));
        Assert.NotSame(clients.Seen[0], clients.Seen[1]);
    }

    [Fact]
    public async Task Messages_HelpTurn_UserTokenClientNeverBuilt()
    {
        var turn = await HelpAsync(connectorA);

        Assert.Single(connectorA.CallsTo(turn));
        var userTokens = Assert.IsType<OnDemandUserTokenClient>(Assert.Single(clients.UserTokenClients));
        Assert.False(userTokens.IsCreated);
    }

    private async Task<string> HelpAsync(FakeBotConnector connector)
    {
        var conversation = "a:" + Guid.NewGuid().ToString("N");
        using var client = app.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/messages", AnonymousTurns.PersonalMessage(conversation, "help", connector.ServiceUrl), ct);

        Assert.True(response.IsSuccessStatusCode, $"status {response.StatusCode}");
        return conversation;
    }
}
