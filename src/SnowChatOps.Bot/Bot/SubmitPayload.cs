using Newtonsoft.Json.Linq;

namespace SnowChatOps.Bot.Bot;

/// <summary>
/// The single place where an Adaptive Card submit (Bot Framework hands it over as a JObject) becomes our types:
/// the verb, its argument, and the card's inputs as strings.
/// </summary>
internal sealed record SubmitPayload(string Verb, CommandInput Input)
{
    private const string VerbKey = "verb";
    private const string ArgKey = "arg";

    public static SubmitPayload? TryRead(object? value)
    {
        if (value is not JObject json || json[VerbKey]?.Type != JTokenType.String)
        {
            return null;
        }

        var inputs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in json.Properties())
        {
            if (property.Name is VerbKey or ArgKey || property.Value.Type is JTokenType.Object or JTokenType.Array)
            {
                continue;
            }

            inputs[property.Name] = property.Value.Type == JTokenType.Null ? string.Empty : property.Value.ToString();
        }

        var argument = json[ArgKey]?.Type == JTokenType.String ? (string)json[ArgKey]! : string.Empty;
        return new SubmitPayload(((string)json[VerbKey]!).Trim().ToLowerInvariant(), new CommandInput(argument, inputs, FromCard: true));
    }
}
