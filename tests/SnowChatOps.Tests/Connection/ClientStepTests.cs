using SnowChatOps.Bot.Flows;
using Newtonsoft.Json;
using SnowChatOps.Bot.Connection;
using SnowChatOps.TestSupport.Harness;

namespace SnowChatOps.Tests.Connection;

public sealed class ClientStepTests
{
    private const string Secret = "Sup3r-Secret-Value!";

    [Fact]
    public async Task ClientStep_MissingClientId_ErrorShownSecretKeptButNeverEchoed()
    {
        await using var harness = new BotHarness();
        string? cardJson = null;

        await (await AtClientStepAsync(harness))
            .Send(Activities.Press("flow", FlowArg.Write("connect", "client", "next"), new { clientId = "", clientSecret = Secret }))
            .AssertReply(reply =>
            {
                var card = CardReader.From(reply);
                cardJson = card.Json.ToString();
                Assert.Contains("- Enter the client ID.", card.Texts);
                Assert.Contains("A client secret is already filled in (hidden). Leave the field empty to keep it, or type a new one.", card.Texts);
            })
            .StartTestAsync();

        Assert.DoesNotContain(Secret, cardJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClientStep_Secret_IsNotStoredInClearInConversationState()
    {
        await using var harness = new BotHarness();

        await (await AtClientStepAsync(harness))
            .Send(Activities.Press("flow", FlowArg.Write("connect", "client", "next"), new { clientId = "", clientSecret = Secret }))
            .AssertReply(_ => { })
            .StartTestAsync();

        var conversation = harness.Adapter.Conversation;
        var key = $"{conversation.ChannelId}/conversations/{conversation.Conversation.Id}/users/{conversation.User.Id}";
        var stored = await harness.Storage.ReadAsync([key], TestContext.Current.CancellationToken);
        var json = JsonConvert.SerializeObject(stored);
        Assert.Contains("clientSecret.protected", json, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClientStep_NoSecretEver_AsksForIt()
    {
        await using var harness = new BotHarness();

        await (await AtClientStepAsync(harness))
            .Send(Activities.Press("flow", FlowArg.Write("connect", "client", "next"), new { clientId = "abc", clientSecret = "" }))
            .AssertReply(reply => Assert.Contains("- Enter the client secret.", CardReader.From(reply).Texts))
            .StartTestAsync();
    }

    [Fact]
    public async Task Finish_ValidClient_ShowsIntegrationUserWarningAndSingleUseSignInLink()
    {
        await using var harness = new BotHarness();

        await (await AtClientStepAsync(harness))
            .Send(Activities.Press("flow", FlowArg.Write("connect", "client", "next"), new { clientId = "abc", clientSecret = Secret }))
            .AssertReply(reply =>
            {
                var card = CardReader.From(reply);
                Assert.Equal("Connect ServiceNow · step 3 of 3", card.Title);
                Assert.Contains("Before you authorize the connection, make sure you use the integration user login and password you created in the installation steps. Do not use your personal credentials.", card.Texts);
                var url = new Uri((string)card.Json.SelectToken("$.actions[0].url")!);
                Assert.Equal("/oauth_auth.do", url.AbsolutePath);
                Assert.Contains("code_challenge_method=S256", url.Query, StringComparison.Ordinal);
            })
            .StartTestAsync();

        var pending = Assert.Single(harness.PendingAuthorizations.All);
        Assert.Equal(BotHarness.TenantId, pending.TenantId);
        Assert.Equal(BotHarness.UserAadObjectId, pending.UserAadObjectId);
        Assert.Equal(Secret, pending.ClientSecret);
        Assert.Null(await harness.Connections.GetAsync(BotHarness.TenantId, TestContext.Current.CancellationToken));
    }

    /// <summary>Walks past the instance step using a local listener so the reachability probe succeeds.</summary>
    private static async Task<Microsoft.Bot.Builder.Adapters.TestFlow> AtClientStepAsync(BotHarness harness)
    {
        var instance = await LocalInstance.UrlAsync();
        return harness.Flow()
            .Send("connect").AssertReply(_ => { })
            .Send(Activities.Press("flow", FlowArg.Write("connect", "instance", "next"), new { instance }))
            .AssertReply(reply => Assert.Equal("Connect ServiceNow · step 2 of 3", CardReader.From(reply).Title));
    }
}
