using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

using SnowChatOps.IntegrationTests.Sharing;

namespace SnowChatOps.IntegrationTests.MessageExtension;

/// <summary>"Share to ServiceNow" on a channel message, as Teams sends the invokes; and reading the answers back.</summary>
internal static class ChannelInvokes
{
    /// <summary>A message action's conversation is the message's channel thread.</summary>
    public const string ThreadId = "19:general@thread.tacv2;messageid=1732600000000";
    public const string Link = "https://teams.microsoft.com/l/message/19:general@thread.tacv2/1732600000000";

    /// <summary>The channel itself: where the Agents Playground sends a message action on a channel post.</summary>
    public const string ChannelId = "19:general@thread.tacv2";

    public static Activity Fetch(string conversationId = ThreadId) => Invoke("composeExtension/fetchTask", null, conversationId);

    public static Activity Submit(JObject data, string conversationId = ThreadId) => Invoke("composeExtension/submitAction", data, conversationId);

    /// <summary>The invoke response's body (the dialog's answer).</summary>
    public static JObject Answer(IEnumerable<Activity> sent) =>
        JObject.FromObject(((InvokeResponse)sent.Last(a => a.Type == ActivityTypesEx.InvokeResponse).Value).Body);

    /// <summary>The invoke response's task card (the dialog's content).</summary>
    public static JObject TaskCard(IEnumerable<Activity> sent)
    {
        var response = (InvokeResponse)sent.Last(a => a.Type == ActivityTypesEx.InvokeResponse).Value;
        return (JObject)JObject.FromObject(response.Body)["task"]!["value"]!["card"]!["content"]!;
    }

    /// <summary>The form's submit data with its inputs as shown, edited.</summary>
    public static JObject Press(JObject card, Action<JObject> edit)
    {
        var data = (JObject)card["actions"]![0]!["data"]!.DeepClone();
        foreach (var input in card.SelectTokens("$..[?(@.type =~ /^Input\\..*/)]"))
        {
            data[(string)input["id"]!] = input["value"]?.DeepClone() ?? string.Empty;
        }

        edit(data);
        return data;
    }

    private static Activity Invoke(string name, JObject? data, string conversationId)
    {
        var value = new JObject
        {
            ["commandId"] = "shareToServiceNow",
            ["commandContext"] = "message",
            ["messagePayload"] = JObject.FromObject(new
            {
                id = "1732600000000",
                linkToMessage = Link,
                subject = (string?)null,
                body = new { contentType = "html", content = "<p>Conditional Access policy <i>Block legacy auth</i> is in report-only mode.</p>" },
                from = new { user = new { id = "aad-author-1", displayName = "Adele Vance", userIdentityType = "aadUser" } },
            }),
        };
        if (data is not null)
        {
            value["data"] = data;
        }

        return new Activity
        {
            Type = ActivityTypes.Invoke,
            Name = name,
            Value = value,
            ChannelId = "msteams",
            Id = Guid.NewGuid().ToString("N"),
            ServiceUrl = "https://smba.trafficmanager.net/amer/",
            Locale = "en-US",
            From = new ChannelAccount("29:user-1", "Megan Bowen") { AadObjectId = "aad-user-1" },
            Recipient = new ChannelAccount("28:bot", "SnowChatOps"),
            Conversation = new ConversationAccount { Id = conversationId, TenantId = SharingEmulatorHost.Tenant, ConversationType = "channel", IsGroup = true },
            ChannelData = JObject.FromObject(new { tenant = new { id = SharingEmulatorHost.Tenant }, team = new { id = "19:team@thread.tacv2" }, channel = new { id = "19:general@thread.tacv2" } }),
        };
    }
}
