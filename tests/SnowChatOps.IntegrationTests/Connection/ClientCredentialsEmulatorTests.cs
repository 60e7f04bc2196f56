using SnowChatOps.Bot.Flows;
using SnowChatOps.Bot.Connection;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.IntegrationTests.Emulator;
using SnowChatOps.TestSupport.Harness;

namespace SnowChatOps.IntegrationTests.Connection;

/// <summary>
/// Connect with the client-credentials grant against the emulator in its strict default mode: the entity's OAuth
/// Application User is the web-service-only m365.api, which could never sign in on the login page.
/// </summary>
public sealed class ClientCredentialsEmulatorTests
{
    private static readonly Dictionary<string, string?> GrantEnabled = new() { ["Emulator:OAuth:ClientCredentialsGrantEnabled"] = "true" };

    [Fact]
    public async Task Connect_ClientCredentialsEnabled_ConnectsAsTheApplicationUserWithoutSignIn()
    {
        await using var scenario = ConnectionScenario.Start(emulatorSettings: GrantEnabled);

        var card = await ConnectWithClientCredentialsAsync(scenario);

        Assert.Contains("✔ ServiceNow is connected", card.Texts);
        var connection = await scenario.Bot.Get<IConnectionStore>().GetAsync(BotHarness.TenantId, TestContext.Current.CancellationToken);
        Assert.Equal([nameof(ServiceNowGrant.ClientCredentials), "m365.api", "True"],
            [connection!.Grant.ToString(), connection.ConnectedAsUserName, connection.ConnectedAsIntegrationUser.ToString()]);
        Assert.Empty(connection.Tokens.RefreshToken);
    }

    [Fact]
    public async Task ClientCredentialsConnection_TokensExpire_AuthHandlerRequestsNewOnesAndCallsWork()
    {
        await using var scenario = ConnectionScenario.Start(emulatorSettings: GrantEnabled);
        await ConnectWithClientCredentialsAsync(scenario);
        var before = (await scenario.Bot.Get<IConnectionStore>().GetAsync(BotHarness.TenantId, TestContext.Current.CancellationToken))!.Tokens.AccessToken;
        using var expired = await scenario.Control.PostAsync("/_emulator/tokens/expire", null, TestContext.Current.CancellationToken);

        var user = await scenario.Bot.Get<ServiceNowClient>().GetCurrentUserAsync(BotHarness.TenantId, TestContext.Current.CancellationToken);

        Assert.Equal("m365.api", user.UserName);
        var after = (await scenario.Bot.Get<IConnectionStore>().GetAsync(BotHarness.TenantId, TestContext.Current.CancellationToken))!.Tokens.AccessToken;
        Assert.NotEqual(before, after);
    }

    [Fact]
    public async Task Connect_ClientCredentialsDisabledOnTheInstance_FailsNamingThePropertyAndStoresNothing()
    {
        await using var scenario = ConnectionScenario.Start();

        var card = await ConnectWithClientCredentialsAsync(scenario);

        Assert.Contains(card.Texts, t => t.Contains("glide.oauth.inbound.client.credential.grant_type.enabled", StringComparison.Ordinal)
            && t.Contains("OAuth Application User", StringComparison.Ordinal));
        Assert.Null(await scenario.Bot.Get<IConnectionStore>().GetAsync(BotHarness.TenantId, TestContext.Current.CancellationToken));
    }

    private static async Task<CardReader> ConnectWithClientCredentialsAsync(ConnectionScenario scenario)
    {
        CardReader? card = null;
        await scenario.Bot.Flow()
            .Send("connect").AssertReply(_ => { })
            .Send(Activities.Press("flow", FlowArg.Write("connect", "instance", "next"), new { instance = scenario.Instance.ToString() })).AssertReply(_ => { })
            .Send(Activities.Press("flow", FlowArg.Write("connect", "client", "next"), new
            {
                clientId = BrowserFlow.ClientId, clientSecret = BrowserFlow.ClientSecret, grant = nameof(ServiceNowGrant.ClientCredentials),
            }))
            .AssertReply(reply => card = CardReader.From(reply))
            .StartTestAsync();
        return card!;
    }
}
