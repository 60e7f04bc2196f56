using SnowChatOps.TestSupport.Harness;

namespace SnowChatOps.Tests.Onboarding;

public sealed class HelpTests
{
    [Fact]
    public async Task Help_Typed_ListsOnlyRegisteredCommands()
    {
        await using var harness = new BotHarness();

        await harness.Flow()
            .Send("help")
            .AssertReply(reply =>
            {
                var card = CardReader.From(reply);
                Assert.Equal("SnowChatOps commands", card.Title);
                Assert.Equal(
                    ["help", "connect", "status", "diagnose", "settings", "actions", "share", "tickets", "notifications", "tickets-all",
                     "Share to ServiceNow", "Search ServiceNow tickets", "data"],
                    card.FactTitles);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Help_EveryManifestCommandAndExtensionCommand_HasALine()
    {
        await using var harness = new BotHarness();
        var manifest = Newtonsoft.Json.Linq.JObject.Parse(await File.ReadAllTextAsync(
            Path.Combine(SnowChatOps.TestSupport.RepoPaths.Root, "appPackage", "manifest.json"), TestContext.Current.CancellationToken));
        var help = harness.Get<IEnumerable<SnowChatOps.Bot.Bot.CommandHelp>>().ToList();

        var typed = manifest.SelectTokens("$.bots[0].commandLists[*].commands[*].title").Select(t => (string)t!).Distinct();
        var extension = manifest.SelectTokens("$.composeExtensions[0].commands[*].id").Select(t => (string)t!);

        Assert.All(typed.Concat(extension), name => Assert.Contains(help, h => h.Name == name));
    }

    [Fact]
    public async Task Help_MentionInChannelAnyCase_Answers()
    {
        await using var harness = new BotHarness();

        await harness.Flow()
            .Send(Activities.Mentioning("HELP"))
            .AssertReply(reply => Assert.Equal("SnowChatOps commands", CardReader.From(reply).Title))
            .StartTestAsync();
    }

    [Fact]
    public async Task Help_ChineseLocale_IsLocalized()
    {
        await using var harness = new BotHarness();

        await harness.Flow()
            .Send(Activities.Text("help", "zh-CN"))
            .AssertReply(reply =>
            {
                Assert.Equal("SnowChatOps 命令", CardReader.From(reply).Title);
                Assert.Contains("共享到 ServiceNow", CardReader.From(reply).FactTitles);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task HelpButton_OnWelcomeCard_AnswersHelpCard()
    {
        await using var harness = new BotHarness();

        await harness.Flow()
            .Send(Activities.Submit(new { verb = "help" }))
            .AssertReply(reply => Assert.Equal("SnowChatOps commands", CardReader.From(reply).Title))
            .StartTestAsync();
    }

    [Fact]
    public async Task DataButton_OnWelcomeCard_ListsWhatIsSharedFromTheSeed()
    {
        await using var harness = new BotHarness();

        await harness.Flow()
            .Send(Activities.Submit(new { verb = "data" }))
            .AssertReply(reply =>
            {
                var texts = string.Join("\n", CardReader.From(reply).Texts);
                Assert.Contains("ServiceNow client secret", texts, StringComparison.Ordinal);
                Assert.Contains("Recommendation category (Devices, Data, Apps, Identity, Infrastructure)", texts, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }
}
