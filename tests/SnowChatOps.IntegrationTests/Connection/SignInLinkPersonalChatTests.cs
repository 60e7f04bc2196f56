using SnowChatOps.Bot.Flows;
using Microsoft.Bot.Schema;
using SnowChatOps.Bot.Proactive;
using SnowChatOps.IntegrationTests.Emulator;
using SnowChatOps.TestSupport.Harness;

namespace SnowChatOps.IntegrationTests.Connection;

/// <summary>The sign-in link is only ever shown in the personal chat of the admin who asked, wherever they asked.</summary>
public sealed class SignInLinkPersonalChatTests
{
    private const string Channel = "19:general@thread.tacv2";
    private const string PersonalChat = "a:personal-megan";

    [Fact]
    public async Task Connect_InChannel_LinkGoesToAdminsPersonalChatOnly()
    {
        await using var scenario = InChannel();
        await scenario.Bot.Conversations.SaveAsync(PersonalRecord(scenario), TestContext.Current.CancellationToken);

        var replies = await WalkToSignInAsync(scenario);

        var notice = Assert.Single(replies, r => r.Conversation.Id == Channel);
        Assert.Equal("I sent you the sign-in link in a personal chat. For security it is only ever sent there, to the admin who asked.", CardReader.From(notice).Title);
        Assert.DoesNotContain("oauth_auth.do", Serialized(notice), StringComparison.Ordinal);
        var link = Assert.Single(replies, r => r.Conversation.Id == PersonalChat);
        Assert.Contains("oauth_auth.do", Serialized(link), StringComparison.Ordinal);
        Assert.Equal(PersonalChat, Assert.Single(scenario.Bot.PendingAuthorizations.All).Conversation.Conversation.Id);
    }

    [Fact]
    public async Task Connect_InChannel_ConfirmationAlsoAskedInPersonalChat()
    {
        await using var scenario = InChannel();
        await scenario.Bot.Conversations.SaveAsync(PersonalRecord(scenario), TestContext.Current.CancellationToken);
        var link = Assert.Single(await WalkToSignInAsync(scenario), r => r.Conversation.Id == PersonalChat);
        var signIn = new Uri((string)CardReader.From(link).Json.SelectToken("$.actions[?(@.type == 'Action.OpenUrl')].url")!);

        await scenario.CallbackAsync(await scenario.SignInAsync(signIn));

        var ask = scenario.Bot.Adapter.GetNextReply()!;
        Assert.Equal(PersonalChat, ask.Conversation.Id);
        Assert.Equal("Signed in to ServiceNow as m365.integration — use this account?", CardReader.From(ask).Title);
    }

    [Fact]
    public async Task Connect_InChannelNoStoredPersonalChat_OpensOneWithTheAdminAndSendsTheLinkThere()
    {
        await using var scenario = InChannel();
        scenario.Bot.Adapter.OpensConversation = _ => "a:opened-1";

        var replies = await WalkToSignInAsync(scenario);

        var opened = Assert.Single(scenario.Bot.Adapter.CreatedConversations);
        Assert.False(opened.IsGroup);
        Assert.Equal(BotHarness.UserAadObjectId, Assert.Single(opened.Members).AadObjectId);
        Assert.Equal(BotHarness.TenantId, opened.TenantId);
        Assert.Contains("oauth_auth.do", Serialized(Assert.Single(replies, r => r.Conversation.Id == "a:opened-1")), StringComparison.Ordinal);
        Assert.DoesNotContain("oauth_auth.do", Serialized(Assert.Single(replies, r => r.Conversation.Id == Channel)), StringComparison.Ordinal);
        var remembered = await scenario.Bot.Conversations.FindPersonalAsync(BotHarness.TenantId, BotHarness.UserAadObjectId, TestContext.Current.CancellationToken);
        Assert.Equal("a:opened-1", remembered?.ConversationId);
    }

    [Fact]
    public async Task Connect_InChannelTeamsRefusesPersonalChat_ExplainsAndStoresNoSignIn()
    {
        await using var scenario = InChannel();
        scenario.Bot.Adapter.OpensConversation = _ => null;

        var replies = await WalkToSignInAsync(scenario);

        Assert.StartsWith("For security, I only send the ServiceNow sign-in link in a personal chat", CardReader.From(Assert.Single(replies)).Title, StringComparison.Ordinal);
        Assert.Empty(scenario.Bot.PendingAuthorizations.All);
    }

    [Fact]
    public async Task Connect_InChannelNoPersonalChatPossible_ExplainsAndStoresNoSignIn()
    {
        await using var scenario = InChannel();

        var replies = await WalkToSignInAsync(scenario);

        var only = Assert.Single(replies);
        Assert.StartsWith("For security, I only send the ServiceNow sign-in link in a personal chat", CardReader.From(only).Title, StringComparison.Ordinal);
        Assert.DoesNotContain("oauth_auth.do", Serialized(only), StringComparison.Ordinal);
        Assert.Empty(scenario.Bot.PendingAuthorizations.All);
    }

    private static ConnectionScenario InChannel()
    {
        var scenario = ConnectionScenario.Start();
        scenario.Bot.Adapter.Conversation.Conversation.ConversationType = "channel";
        scenario.Bot.Adapter.Conversation.Conversation.Id = Channel;
        return scenario;
    }

    private static ConversationRecord PersonalRecord(ConnectionScenario scenario)
    {
        var template = scenario.Bot.Adapter.Conversation;
        var reference = new ConversationReference
        {
            ChannelId = template.ChannelId,
            ServiceUrl = template.ServiceUrl,
            Bot = template.Bot,
            User = template.User,
            Conversation = new ConversationAccount(id: PersonalChat, conversationType: "personal", tenantId: BotHarness.TenantId),
        };
        return new ConversationRecord(BotHarness.TenantId, PersonalChat, "personal", BotHarness.UserAadObjectId, reference, true, scenario.Bot.Time.GetUtcNow());
    }

    /// <summary>connect → instance → client; returns everything the bot sent after the last press.</summary>
    private static async Task<List<IActivity>> WalkToSignInAsync(ConnectionScenario scenario)
    {
        await scenario.Bot.Flow()
            .Send("connect").AssertReply(_ => { })
            .Send(Activities.Press("flow", FlowArg.Write("connect", "instance", "next"), new { instance = scenario.Instance.ToString() })).AssertReply(_ => { })
            .Send(Activities.Press("flow", FlowArg.Write("connect", "client", "next"), new { clientId = BrowserFlow.ClientId, clientSecret = BrowserFlow.ClientSecret }))
            .StartTestAsync();
        var replies = new List<IActivity>();
        while (scenario.Bot.Adapter.GetNextReply() is { } reply)
        {
            replies.Add(reply);
        }

        return replies;
    }

    private static string Serialized(IActivity activity) => Newtonsoft.Json.JsonConvert.SerializeObject(activity);
}
