using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace SnowChatOps.IntegrationTests.Sharing;

/// <summary>Teams-shaped activities for the sharing integration tests, and reading the cards back.</summary>
internal static class SharingTurns
{
    public const string ConversationId = "a:personal-chat-1";

    public static Activity Text(string text) => Base(new Activity { Type = ActivityTypes.Message, Text = text });

    /// <summary>Presses the card's action with <paramref name="verb"/>, sending the card's inputs as shown, edited.</summary>
    public static Activity Press(Activity card, string verb, Action<JObject>? edit = null)
    {
        var json = Card(card);
        var data = (JObject)json["actions"]!.First(a => (string?)a["data"]?["verb"] == verb)["data"]!.DeepClone();
        foreach (var input in json.SelectTokens("$..[?(@.type =~ /^Input\\..*/)]"))
        {
            data[(string)input["id"]!] = input["value"]?.DeepClone() ?? string.Empty;
        }

        edit?.Invoke(data);
        return Base(new Activity { Type = ActivityTypes.Message, Value = data, ReplyToId = card.Id });
    }

    public static JObject Card(Activity activity) => JObject.FromObject(Assert.Single(activity.Attachments).Content);

    public static string Title(Activity activity) => (string)Card(activity).SelectToken("$.body[0].text")!;

    private static Activity Base(Activity activity)
    {
        activity.ChannelId = "msteams";
        activity.Id = Guid.NewGuid().ToString("N");
        activity.ServiceUrl = "https://smba.trafficmanager.net/amer/";
        activity.Locale = "en-US";
        activity.From = new ChannelAccount("29:user-1", "Megan Bowen") { AadObjectId = "aad-user-1" };
        activity.Recipient = new ChannelAccount("28:bot", "SnowChatOps");
        activity.Conversation = new ConversationAccount { Id = ConversationId, TenantId = SharingEmulatorHost.Tenant, ConversationType = "personal" };
        return activity;
    }
}
