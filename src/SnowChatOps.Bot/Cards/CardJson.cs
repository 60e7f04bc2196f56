using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace SnowChatOps.Bot.Cards;

/// <summary>Turns our card records into Adaptive Card JSON and Bot Framework attachments.</summary>
internal static class CardJson
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = false,
    };

    public static string Serialize(AdaptiveCard card) => JsonSerializer.Serialize(card, Options);

    /// <summary>
    /// Bot Framework serializes activities with Newtonsoft, so the attachment content is handed over as a JObject:
    /// the one place our card JSON crosses into Bot Framework types.
    /// </summary>
    public static Attachment ToAttachment(this AdaptiveCard card) => new()
    {
        ContentType = ContentType,
        Content = JObject.Parse(Serialize(card)),
    };

    public static IMessageActivity ToActivity(this AdaptiveCard card)
    {
        var activity = MessageFactory.Attachment(card.ToAttachment());
        return activity;
    }
}
