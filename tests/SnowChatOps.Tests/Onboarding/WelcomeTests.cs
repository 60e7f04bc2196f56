using SnowChatOps.TestSupport.Harness;

namespace SnowChatOps.Tests.Onboarding;

public sealed class WelcomeTests
{
    [Fact]
    public async Task BotAdded_ToConversation_SendsConnectionCardWithThreeButtons()
    {
        await using var harness = new BotHarness();

        await harness.Flow()
            .Send(Activities.BotAdded())
            .AssertReply(reply =>
            {
                var card = CardReader.From(reply);
                Assert.Equal("Do you use ServiceNow?", card.Title);
                Assert.Equal(["Connect to ServiceNow", "What data is shared", "Help"], card.ActionTitles);
                Assert.Equal("connect", card.VerbOf("Connect to ServiceNow"));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task InstallEvents_RepeatedAsPlaygroundDoes_SendOneCard()
    {
        await using var harness = new BotHarness();

        await harness.Flow()
            .Send(Activities.Installed())
            .AssertReply(reply => Assert.Equal("Do you use ServiceNow?", CardReader.From(reply).Title))
            .Send(Activities.BotAdded())
            .Send(Activities.Installed())
            .Send(Activities.BotAdded())
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task MembersAdded_SomeoneElse_SendsNothing()
    {
        await using var harness = new BotHarness();
        var userAdded = Activities.BotAdded();
        userAdded.MembersAdded = [new Microsoft.Bot.Schema.ChannelAccount("user-2", "Megan")];

        await harness.Flow()
            .Send(userAdded)
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task Welcome_ChineseLocale_IsLocalized()
    {
        await using var harness = new BotHarness();
        var added = Activities.BotAdded();
        added.Locale = "zh-CN";

        await harness.Flow()
            .Send(added)
            .AssertReply(reply =>
            {
                var card = CardReader.From(reply);
                Assert.Equal("您是否使用 ServiceNow？", card.Title);
                Assert.Contains("连接到 ServiceNow", card.ActionTitles);
            })
            .StartTestAsync();
    }
}
