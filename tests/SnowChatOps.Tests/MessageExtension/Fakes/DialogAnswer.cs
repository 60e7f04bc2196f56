using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SnowChatOps.Bot.Cards;

namespace SnowChatOps.Tests.MessageExtension.Fakes;

/// <summary>An invoke response to fetchTask or submitAction, read as the JSON Teams receives.</summary>
internal sealed class DialogAnswer(int status, JObject body)
{
    public int Status => status;

    public JObject Body => body;

    public string? TaskType => (string?)body["task"]?["type"];

    public string? Title => (string?)body["task"]?["value"]?["title"];

    public JObject Card
    {
        get
        {
            var attachment = body["task"]!["value"]!["card"]!;
            Assert.Equal(CardJson.ContentType, (string?)attachment["contentType"]);
            return (JObject)attachment["content"]!;
        }
    }

    public string CardTitle => (string)Card.SelectToken("$.body[0].text")!;

    public IEnumerable<string> Texts => Card.SelectTokens("$..[?(@.type == 'TextBlock')].text").Select(t => (string)t!);

    public string? Input(string id) => (string?)Card.SelectToken($"$..[?(@.id == '{id}')].value");

    public static DialogAnswer From(Activity activity)
    {
        Assert.Equal(ActivityTypesEx.InvokeResponse, activity.Type);
        var response = Assert.IsType<InvokeResponse>(activity.Value);
        return new DialogAnswer(response.Status, JObject.FromObject(response.Body));
    }

    /// <summary>The data Teams sends back when the form's button is pressed: its inputs as shown, edited.</summary>
    public JObject Press(Action<JObject>? edit = null)
    {
        var data = (JObject)Card["actions"]![0]!["data"]!.DeepClone();
        foreach (var input in Card.SelectTokens("$..[?(@.type =~ /^Input\\..*/)]"))
        {
            data[(string)input["id"]!] = input["value"]?.DeepClone() ?? string.Empty;
        }

        edit?.Invoke(data);
        return data;
    }
}
