using SnowChatOps.Bot.Flows;
using System.Net;
using SnowChatOps.Bot.Connection;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.ServiceNow.Errors;
using SnowChatOps.TestSupport.Harness;

namespace SnowChatOps.IntegrationTests.Connection;

public sealed class ManageConnectionEmulatorTests
{
    [Fact]
    public async Task Status_Connected_ShowsWorkingInstanceAndUser()
    {
        await using var scenario = ConnectionScenario.Start();
        await scenario.ConnectAsync();

        await scenario.Bot.Flow()
            .Send("status")
            .AssertReply(reply =>
            {
                var facts = CardReader.From(reply).Json.SelectTokens("$..facts[*]").ToDictionary(f => (string)f["title"]!, f => (string)f["value"]!);
                Assert.Equal("Working", facts["Status"]);
                Assert.Equal(scenario.Instance.ToString().TrimEnd('/'), facts["Instance"]);
                Assert.Equal("m365.integration (integration user)", facts["Connected as"]);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Remove_Confirmed_RevokesTokensAndForgetsEverything()
    {
        await using var scenario = ConnectionScenario.Start();
        await scenario.ConnectAsync();
        var tokens = (await scenario.Bot.Connections.GetAsync(BotHarness.TenantId, TestContext.Current.CancellationToken))!.Tokens;

        await scenario.Bot.Flow()
            .Send("settings").AssertReply(reply => Assert.Equal("Manage ServiceNow configuration", CardReader.From(reply).Title))
            .Send(Activities.Press(ConnectionVerbs.Remove)).AssertReply(reply => Assert.Equal("Remove the ServiceNow connection?", CardReader.From(reply).Title))
            .Send(Activities.Press(ConnectionVerbs.RemoveConfirmed))
            .AssertReply(reply => Assert.StartsWith("The ServiceNow connection was removed.", CardReader.From(reply).Title, StringComparison.Ordinal))
            .StartTestAsync();

        Assert.Null(await scenario.Bot.Connections.GetAsync(BotHarness.TenantId, TestContext.Current.CancellationToken));
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/now/table/incident?sysparm_limit=1");
        request.Headers.Authorization = new("Bearer", tokens.AccessToken);
        using var response = await scenario.Control.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task RefreshTokenRevokedInServiceNow_AdminsGetOneAuthorizeCard()
    {
        await using var scenario = ConnectionScenario.Start();
        await scenario.ConnectAsync();
        var tokens = (await scenario.Bot.Connections.GetAsync(BotHarness.TenantId, TestContext.Current.CancellationToken))!.Tokens;
        await RevokeAsync(scenario, tokens.RefreshToken);
        await RevokeAsync(scenario, tokens.AccessToken);
        var client = scenario.Bot.Get<ServiceNowClient>();

        await Assert.ThrowsAsync<ServiceNowReauthorizationRequiredException>(() => client.GetCurrentUserAsync(BotHarness.TenantId, TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<ServiceNowReauthorizationRequiredException>(() => client.GetCurrentUserAsync(BotHarness.TenantId, TestContext.Current.CancellationToken));

        var card = scenario.PostedCard();
        Assert.Equal("ServiceNow needs an admin to authorize again", card.Title);
        Assert.Equal(["Authorize", "Run diagnostics"], card.ActionTitles);
        Assert.Null(scenario.Bot.Adapter.GetNextReply());
        Assert.Equal(ConnectionStatus.NeedsAuthorization, (await scenario.Bot.Connections.GetAsync(BotHarness.TenantId, TestContext.Current.CancellationToken))!.Status);
    }

    [Fact]
    public async Task Reprovision_AfterReauthorizationNeeded_ConnectsAgainKeepingStateNames()
    {
        await using var scenario = ConnectionScenario.Start();
        await scenario.ConnectAsync();
        await scenario.Bot.Connections.UpdateAsync(BotHarness.TenantId, c => c with { Status = ConnectionStatus.NeedsAuthorization, StateNames = new Dictionary<string, string> { ["incident:2"] = "Working on it" } }, TestContext.Current.CancellationToken);
        Uri? signIn = null;
        await scenario.Bot.Flow()
            .Send(Activities.Press(ConnectionVerbs.Reprovision))
            .AssertReply(reply => signIn = new Uri((string)CardReader.From(reply).Json.SelectToken("$.actions[?(@.type == 'Action.OpenUrl')].url")!))
            .StartTestAsync();

        using var freshBrowser = scenario.NewBrowser();
        await scenario.CallbackAsync(await scenario.SignInAsync(signIn!, browser: freshBrowser));
        var card = await scenario.PressAsync(scenario.PostedCard(), ConnectionScenario.UseThisAccount);

        Assert.Equal("✔ ServiceNow is connected", card.Title);
        var connection = (await scenario.Bot.Connections.GetAsync(BotHarness.TenantId, TestContext.Current.CancellationToken))!;
        Assert.Equal(ConnectionStatus.Connected, connection.Status);
        Assert.Equal("Working on it", connection.StateNames["incident:2"]);
    }

    [Fact]
    public async Task InstanceStep_IpFilterBlocksBot_ExplainsAllowList()
    {
        await using var scenario = ConnectionScenario.Start();
        await scenario.SetFaultsAsync(new { ipBlocked = true });

        await scenario.Bot.Flow()
            .Send("connect").AssertReply(_ => { })
            .Send(Activities.Press("flow", FlowArg.Write("connect", "instance", "next"), new { instance = scenario.Instance.ToString() }))
            .AssertReply(reply => Assert.Contains(CardReader.From(reply).Texts, t => t.Contains("refused SnowChatOps because of IP filtering", StringComparison.Ordinal)))
            .StartTestAsync();
    }

    private static async Task RevokeAsync(ConnectionScenario scenario, string token)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = token });
        using var response = await scenario.Control.PostAsync("oauth_revoke_token.do", form, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
