using SnowChatOps.Bot.Cards;
using SnowChatOps.TestSupport.Cards;
using SnowChatOps.TestSupport.Harness;

namespace SnowChatOps.Tests.Cards;

// Issue 2: every card the bot can send passes the official adaptivecards parser (tools/cards/validate-cards.js), in every language.
public sealed class CardCatalogTests
{
    [Fact]
    public async Task EveryCard_InEveryLanguage_PassesTheAdaptiveCardsParser()
    {
        await using var bot = new BotHarness();
        var cards = SampleCards.Cultures
            .SelectMany(culture => SampleCards.All(bot).Select(card => ($"{card.Name}.{culture}", InCulture(culture, card.Build))))
            .ToList();

        var report = await AdaptiveCardValidator.ValidateAsync(cards, TestContext.Current.CancellationToken);

        Assert.Equal(cards.Count, report.Errors.Count);
        Assert.True(report.AllValid, report.ToString());
    }

    [Fact]
    public async Task EveryCard_InChinese_IsTranslated()
    {
        await using var bot = new BotHarness();
        var samples = SampleCards.All(bot).ToList();

        var untranslated = samples
            .Where(card => InCulture("zh-CN", card.Build) == InCulture("en-US", card.Build))
            .Select(card => card.Name)
            .ToList();

        // A notice is given its text by the caller; every other card carries resource text of its own.
        Assert.Equal(["flow-notice", "result-notice"], untranslated);
    }

    [Fact]
    public async Task CatalogNames_AreUnique()
    {
        await using var bot = new BotHarness();

        var names = SampleCards.All(bot).Select(c => c.Name).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    private static string InCulture(string culture, Func<AdaptiveCard> build)
    {
        using var _ = CultureScope.Use(culture);
        return CardJson.Serialize(build());
    }
}
