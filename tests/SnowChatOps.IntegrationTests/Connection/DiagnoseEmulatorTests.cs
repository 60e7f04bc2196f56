using SnowChatOps.TestSupport.Harness;

namespace SnowChatOps.IntegrationTests.Connection;

public sealed class DiagnoseEmulatorTests
{
    [Fact]
    public async Task Diagnose_HealthyConnection_EveryCheckPasses()
    {
        await using var scenario = ConnectionScenario.Start();
        await scenario.ConnectAsync();

        var card = await DiagnoseAsync(scenario);

        Assert.Equal("ServiceNow troubleshooting checklist", card.Title);
        var lines = card.Texts.Where(t => t.Length > 1 && t[1] == ' ').ToList();
        Assert.Equal(
            ["✔ Instance reachable", "✔ Token refresh works", "✔ Provisioning", "✔ ServiceNow version Kingston or later", "✔ Connected as the integration user",
             "✔ OAuth application registry entry readable", "✔ Can read incidents and change requests", "✔ SnowChatOps columns installed on task"],
            lines);
    }

    [Fact]
    public async Task Diagnose_CustomColumnsMissing_FailsNamingThemAndTheInstallPaths()
    {
        await using var scenario = ConnectionScenario.Start();
        await scenario.ConnectAsync();
        await scenario.DeleteDictionaryRowsAsync("u_m365_action_id", "u_m365_initiated_by");

        var card = await DiagnoseAsync(scenario);

        Assert.Contains("✖ SnowChatOps columns installed on task", card.Texts);
        Assert.Contains(card.Texts, t => t.StartsWith("Missing on task: u_m365_initiated_by, u_m365_action_id.", StringComparison.Ordinal)
            && t.Contains("Install the update set or run the install script", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Diagnose_WebServiceOnlyUserOnAuthorizationCodeFlow_WarnsAndNamesTheFix()
    {
        // Only an emulator in its lenient mode lets a web-service-only user sign in; a real instance refuses it.
        await using var scenario = ConnectionScenario.Start(emulatorSettings: new Dictionary<string, string?> { ["Emulator:OAuth:EnforceWebServiceAccessOnly"] = "false" });
        await scenario.ConnectAsync("m365.api", "Api#2026");

        var card = await DiagnoseAsync(scenario);

        Assert.Contains("⚠ Connected as the integration user", card.Texts);
        Assert.Contains(card.Texts, t => t.StartsWith("m365.api is a web service access only user.", StringComparison.Ordinal)
            && t.Contains("clear Web service access only", StringComparison.Ordinal) && t.Contains("client credentials", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Diagnose_CrossScopePolicyOnOAuthEntity_FailsWithSeedFix()
    {
        await using var scenario = ConnectionScenario.Start();
        await scenario.ConnectAsync();
        await scenario.SetFaultsAsync(new { crossScopeOAuthEntity = true });

        var card = await DiagnoseAsync(scenario);

        Assert.Contains("✖ OAuth application registry entry readable", card.Texts);
        Assert.Contains(card.Texts, t => t.Contains("Read operation against 'oauth_entity' from scope 'x_mioms_m365ticket' has been refused due to the table's cross-scope access policy", StringComparison.Ordinal)
            && t.Contains("Accessible from = All application scopes, Can read = selected", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Diagnose_IpFilterBlocksBot_SaysSoAndStops()
    {
        await using var scenario = ConnectionScenario.Start();
        await scenario.ConnectAsync();
        await scenario.SetFaultsAsync(new { ipBlocked = true });

        var card = await DiagnoseAsync(scenario);

        Assert.Contains("✖ Instance reachable", card.Texts);
        Assert.Contains(card.Texts, t => t.StartsWith("The instance blocks SnowChatOps with IP filtering", StringComparison.Ordinal));
        Assert.DoesNotContain("✔ Provisioning", card.Texts);
    }

    [Fact]
    public async Task Diagnose_NotConnected_OffersConnectAndSsoHint()
    {
        await using var scenario = ConnectionScenario.Start();

        var card = await DiagnoseAsync(scenario);

        Assert.Contains("✖ Provisioning", card.Texts);
        Assert.Contains("ℹ Single sign-on", card.Texts);
        Assert.Equal(["Connect to ServiceNow"], card.ActionTitles);
    }

    private static async Task<CardReader> DiagnoseAsync(ConnectionScenario scenario)
    {
        CardReader? card = null;
        await scenario.Bot.Flow()
            .Send("diagnose")
            .AssertReply(typing => Assert.Equal("typing", typing.Type))
            .AssertReply(reply => card = CardReader.From(reply))
            .StartTestAsync();
        return card!;
    }
}
