using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace SnowChatOps.IntegrationTests.Tickets;

/// <summary>Teams-shaped activities for the ticket card: text, a submit, an Action.Execute invoke; and reading cards back.</summary>
internal static class TicketTurns
{
    public static Activity Text(string text) => Base(new Activity { Type = ActivityTypes.Message, Text = text }, TicketCardHost.Megan);

    /// <summary>Presses a top-level Action.Submit (the share form's) with the card's inputs as shown, edited.</summary>
    public static Activity PressSubmit(Activity card, string verb, Action<JObject>? edit = null)
    {
        var json = Card(card);
        var data = (JObject)json["actions"]!.First(a => (string?)a["data"]?["verb"] == verb)["data"]!.DeepClone();
        foreach (var input in json.SelectTokens("$..[?(@.type =~ /^Input\\..*/)]"))
        {
            data[(string)input["id"]!] = input["value"]?.DeepClone() ?? string.Empty;
        }

        edit?.Invoke(data);
        return Base(new Activity { Type = ActivityTypes.Message, Value = data, ReplyToId = card.Id }, TicketCardHost.Megan);
    }

    /// <summary>The Action.Execute with <paramref name="verb"/> anywhere on the card (top level, in a ShowCard, or the refresh).</summary>
    public static JObject Execute(JObject card, string verb) =>
        verb == "ticket-refresh"
            ? (JObject)card["refresh"]!["action"]!
            : (JObject)card.SelectTokens("$..[?(@.type == 'Action.Execute')]").First(a => (string?)a["verb"] == verb);

    /// <summary>An <c>adaptiveCard/action</c> invoke of the card's <paramref name="verb"/>, with these input values merged into its data.</summary>
    public static Activity Invoke(JObject card, string cardId, string verb, object? inputs = null, (string Id, string Aad, string Name)? user = null)
    {
        var action = Execute(card, verb);
        var data = (JObject)action["data"]!.DeepClone();
        if (inputs is not null)
        {
            data.Merge(JObject.FromObject(inputs));
        }

        var value = new JObject
        {
            ["action"] = new JObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = verb == "ticket-refresh" ? "automatic" : "manual",
        };
        return Base(new Activity { Type = ActivityTypes.Invoke, Name = "adaptiveCard/action", Value = value, ReplyToId = cardId }, user ?? TicketCardHost.Megan);
    }

    /// <summary>The Action.Submit fallback of the card's <paramref name="verb"/>, as a client without Universal Actions sends it.</summary>
    public static Activity Fallback(JObject card, string cardId, string verb, object? inputs = null)
    {
        var data = (JObject)Execute(card, verb)["fallback"]!["data"]!.DeepClone();
        if (inputs is not null)
        {
            data.Merge(JObject.FromObject(inputs));
        }

        return Base(new Activity { Type = ActivityTypes.Message, Value = data, ReplyToId = cardId }, TicketCardHost.Megan);
    }

    public static JObject Card(Activity activity) => JObject.FromObject(Assert.Single(activity.Attachments).Content);

    /// <summary>The card of an invoke response (type application/vnd.microsoft.card.adaptive).</summary>
    public static JObject ResponseCard(JObject response)
    {
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)response["type"]);
        return (JObject)response["value"]!;
    }

    public static string? Notice(JObject card) => (string?)card.SelectToken("$.body[?(@.id == 'notice')].text");

    public static string? Fact(JObject card, string title) => (string?)card.SelectToken($"$..facts[?(@.title == '{title}')].value");

    public static IReadOnlyList<string> Verbs(JObject card) =>
        [.. card.SelectTokens("$.actions..[?(@.type == 'Action.Execute')]").Select(a => (string)a["verb"]!)];

    private static Activity Base(Activity activity, (string Id, string Aad, string Name) user)
    {
        activity.ChannelId = "msteams";
        activity.Id = Guid.NewGuid().ToString("N");
        activity.ServiceUrl = "https://smba.trafficmanager.net/amer/";
        activity.Locale = "en-US";
        activity.From = new ChannelAccount(user.Id, user.Name) { AadObjectId = user.Aad };
        activity.Recipient = new ChannelAccount("28:bot", "SnowChatOps");
        activity.Conversation = new ConversationAccount { Id = TicketCardHost.ConversationId, TenantId = TicketCardHost.TenantId, ConversationType = "personal" };
        return activity;
    }
}
