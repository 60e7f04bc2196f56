using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SnowChatOps.TestSupport.Harness;

namespace SnowChatOps.Tests.MessageExtension.Fakes;

/// <summary>Compose-box search and link unfurling invokes as Teams sends them, and their answers read as JSON.</summary>
internal static class SearchInvokes
{
    public const string ChannelId = "19:general@thread.tacv2";

    public static Activity Query(string? text, int skip = 0, int count = 25, string commandId = "searchTickets", bool initialRun = false, string? locale = "en-US")
    {
        var parameters = new JArray();
        if (text is not null)
        {
            parameters.Add(new JObject { ["name"] = "query", ["value"] = text });
        }

        if (initialRun)
        {
            parameters.Add(new JObject { ["name"] = "initialRun", ["value"] = "true" });
        }

        return Invoke("composeExtension/query", new JObject
        {
            ["commandId"] = commandId,
            ["parameters"] = parameters,
            ["queryOptions"] = new JObject { ["skip"] = skip, ["count"] = count },
        }, locale);
    }

    public static Activity Link(string url) => Invoke("composeExtension/queryLink", new JObject { ["url"] = url }, "en-US");

    /// <summary>Runs the invoke through the harnessed bot and returns the <c>composeExtension</c> result.</summary>
    public static async Task<JObject> AnswerAsync(this BotHarness harness, Activity invoke)
    {
        await harness.Adapter.ProcessActivityAsync(invoke, harness.Bot.OnTurnAsync, TestContext.Current.CancellationToken);
        JObject? answer = null;
        while (harness.Adapter.GetNextReply() is Activity reply)
        {
            Assert.True(reply.Type == ActivityTypesEx.InvokeResponse, $"The bot sent a {reply.Type}: {reply.Text}");
            var response = Assert.IsType<Microsoft.Bot.Builder.InvokeResponse>(reply.Value);
            Assert.Equal(200, response.Status);
            answer = (JObject)JObject.FromObject(response.Body)["composeExtension"]!;
        }

        Assert.NotNull(answer);
        Assert.Equal(("result", "list"), ((string?)answer["type"], (string?)answer["attachmentLayout"]));
        return answer;
    }

    public static JArray Results(this JObject answer) => (JArray)answer["attachments"]!;

    public static IEnumerable<string> PreviewTitles(this JObject answer) =>
        answer.Results().Select(a => (string)a["preview"]!["content"]!["title"]!);

    private static Activity Invoke(string name, JObject value, string? locale) => new()
    {
        Type = ActivityTypes.Invoke,
        Name = name,
        Value = value,
        Locale = locale,
    };
}
