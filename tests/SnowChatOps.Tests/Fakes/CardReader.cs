using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SnowChatOps.Bot.Cards;

namespace SnowChatOps.Tests.Fakes;

/// <summary>Reads what matters out of an adaptive card attachment the bot sent.</summary>
internal sealed class CardReader(JObject card)
{
    public static CardReader From(IActivity activity)
    {
        var message = Assert.IsType<Activity>(activity);
        var attachment = Assert.Single(message.Attachments);
        Assert.Equal(CardJson.ContentType, attachment.ContentType);
        return new CardReader(JObject.FromObject(attachment.Content));
    }

    public JObject Json => card;

    public string Title => Texts.First();

    public IEnumerable<string> Texts => card.SelectTokens("$..[?(@.type == 'TextBlock')].text").Select(t => (string)t!);

    public IEnumerable<string> ActionTitles => card["actions"]?.Select(a => (string)a["title"]!) ?? [];

    public IEnumerable<string> FactTitles => card.SelectTokens("$..facts[*].title").Select(t => (string)t!);

    public string? VerbOf(string actionTitle)
        => (string?)card["actions"]?.First(a => (string?)a["title"] == actionTitle)["data"]?["verb"];

    public string? ArgOf(string actionTitle)
        => (string?)card["actions"]?.First(a => (string?)a["title"] == actionTitle)["data"]?["arg"];
}
