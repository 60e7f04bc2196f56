using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SnowChatOps.Bot.Cards;

namespace SnowChatOps.TestSupport.Harness;

/// <summary>Reads what matters out of an adaptive card attachment the bot sent.</summary>
internal sealed class CardReader(JObject card)
{
    public static CardReader From(IActivity activity)
    {
        // Shared by projects without xunit: a mismatch fails the calling test with a plain exception.
        var message = activity as Activity ?? throw new InvalidOperationException($"Expected a message activity, got {activity?.GetType().Name ?? "null"}.");
        if (message.Attachments is not [var attachment] || attachment.ContentType != CardJson.ContentType)
        {
            throw new InvalidOperationException($"Expected exactly one Adaptive Card attachment, got {message.Attachments?.Count ?? 0}: {message.Text}");
        }

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
