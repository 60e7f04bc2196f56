using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace SnowChatOps.TestSupport.Harness;

/// <summary>Activities as Teams sends them, for turn tests.</summary>
internal static class Activities
{
    public static Activity BotAdded(string conversationType = "channel") => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        MembersAdded = [new ChannelAccount("bot", "SnowChatOps")],
        Conversation = new ConversationAccount { ConversationType = conversationType },
    };

    public static Activity Installed() => new()
    {
        Type = ActivityTypes.InstallationUpdate,
        Action = "add",
    };

    public static Activity Text(string text, string? locale = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Locale = locale,
    };

    public static Activity Mentioning(string command) => new()
    {
        Type = ActivityTypes.Message,
        Text = $"<at>SnowChatOps</at> {command}",
        Entities = [new Entity("mention") { Properties = JObject.FromObject(new { mentioned = new { id = "bot", name = "SnowChatOps" }, text = "<at>SnowChatOps</at>" }) }],
        Conversation = new ConversationAccount { ConversationType = "channel", IsGroup = true },
    };

    public static Activity Submit(object value, string? locale = null, string? replyToId = null, string? userId = null) => new()
    {
        Type = ActivityTypes.Message,
        Value = JObject.FromObject(value),
        Locale = locale,
        ReplyToId = replyToId,
        From = userId is null ? null : new ChannelAccount(userId, userId) { AadObjectId = userId },
    };

    /// <summary>A card button press with the card's inputs, replying to the card <paramref name="cardId"/>.</summary>
    public static Activity Press(string verb, string? arg = null, object? inputs = null, string cardId = "card-1", string? userId = null)
    {
        var value = inputs is null ? new JObject() : JObject.FromObject(inputs);
        value["verb"] = verb;
        if (arg is not null)
        {
            value["arg"] = arg;
        }

        return Submit(value, replyToId: cardId, userId: userId);
    }
}
