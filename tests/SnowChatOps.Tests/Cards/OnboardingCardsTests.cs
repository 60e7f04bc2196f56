using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Onboarding;

namespace SnowChatOps.Tests.Cards;

public sealed class OnboardingCardsTests
{
    [Fact]
    public void Welcome_EnUs_OffersTheContractsThreeButtonsEachWithItsVerb()
    {
        using var culture = CultureScope.Use("en-US");

        var card = new CardTree(OnboardingCards.Welcome());

        Assert.Equal(["Connect to ServiceNow", "What data is shared", "Help"], card.Actions.Select(a => (string)a["title"]!));
        Assert.Equal(["connect", "data", "help"], card.Actions.Select(a => (string)a["data"]!["verb"]!));
    }

    [Fact]
    public void Help_Commands_ListsEachCommandOnceInItsOrder()
    {
        CommandHelp[] commands = [new("status", () => "Shows the status", 2), new("help", () => "Lists commands", 1)];

        var card = new CardTree(OnboardingCards.Help(commands));

        Assert.Equal(["help", "status"], card.Objects.Where(o => o.ContainsKey("value") && o.ContainsKey("title")).Select(f => (string)f["title"]!));
    }
}
