using SnowChatOps.Bot.Cards;
using SnowChatOps.TestSupport.Cards;

namespace SnowChatOps.IntegrationTests.Cards;

/// <summary>Builds a feature's cards in one culture and runs them through the official Adaptive Cards parser.</summary>
internal static class CardsInCulture
{
    public static async Task AssertAllValidAsync(string culture, Func<List<(string Name, AdaptiveCard Card)>> build, int expected)
    {
        var cards = Build(culture, build);

        var report = await AdaptiveCardValidator.ValidateAsync(cards.Select(c => (c.Name, CardJson.Serialize(c.Card))), TestContext.Current.CancellationToken);

        Assert.Equal(expected, report.Errors.Count);
        Assert.True(report.AllValid, report.ToString());
    }

    /// <summary>Card builders read resources in the current UI culture, as they do inside a turn.</summary>
    public static T Build<T>(string name, Func<T> build)
    {
        using (CultureScope.Use(name))
        {
            return build();
        }
    }
}
