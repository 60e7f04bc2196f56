using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SnowChatOps.TestSupport.Harness;

namespace SnowChatOps.Tests.Sharing.Fakes;

/// <summary>Drives the harnessed bot one turn at a time and reads back what it answered.</summary>
internal sealed class ShareDriver(BotHarness harness)
{
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;

    /// <summary>Sends one activity; returns every reply and card update of that turn, in order.</summary>
    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        await harness.Adapter.ProcessActivityAsync(activity, harness.Bot.OnTurnAsync, ct);
        var replies = new List<Activity>();
        while (harness.Adapter.GetNextReply() is Activity reply)
        {
            replies.Add(reply);
        }

        return replies;
    }

    public async Task<CardReader> CardAsync(Activity activity) => CardReader.From(Assert.Single(await SendAsync(activity)));

    public Task<CardReader> TypeAsync(string text, string? locale = null) => CardAsync(Activities.Text(text, locale));

    /// <summary>Presses the card's first action (the form's "Send to ServiceNow"), submitting its inputs as shown, edited by <paramref name="edit"/>.</summary>
    public static Activity Press(CardReader card, string? replyToId, Action<JObject>? edit = null, string? verb = null, TimeSpan? offset = null, DateTimeOffset? now = null)
    {
        var action = verb is null
            ? card.Json["actions"]![0]!
            : card.Json["actions"]!.First(a => (string?)a["data"]?["verb"] == verb);
        var data = (JObject)action["data"]!.DeepClone();
        foreach (var input in card.Json.SelectTokens("$..[?(@.type =~ /^Input\\..*/)]"))
        {
            data[(string)input["id"]!] = input["value"]?.DeepClone() ?? string.Empty;
        }

        edit?.Invoke(data);
        var activity = Activities.Submit(data, replyToId: replyToId);
        if (offset is { } o && now is { } n)
        {
            activity.LocalTimestamp = n.ToOffset(o);
        }

        return activity;
    }
}
