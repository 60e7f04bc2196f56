using Newtonsoft.Json.Linq;
using SnowChatOps.Bot.Text;

namespace SnowChatOps.Bot.Bot;

/// <summary>
/// The single place where an Adaptive Card submit (Bot Framework hands it over as a JObject) becomes our types:
/// the verb, its argument, and the card's inputs as strings, each cleaned of control characters and capped: the verb
/// at <see cref="MaxVerbLength"/>, the argument at <see cref="MaxArgLength"/>, inputs at <see cref="MaxInputLength"/>
/// (above every field's own limit, so an over-long value still fails its field's check, but is never echoed whole).
/// </summary>
internal sealed record SubmitPayload(string Verb, CommandInput Input)
{
    private const string VerbKey = "verb";
    private const string ArgKey = "arg";

    public const int MaxVerbLength = 64;

    public const int MaxArgLength = 2048;

    public const int MaxInputLength = 4096;

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

            inputs[property.Name] = property.Value.Type == JTokenType.Null ? string.Empty : UserText.Clean(property.Value.ToString(), MaxInputLength);
        }

        var argument = json[ArgKey]?.Type == JTokenType.String ? UserText.Clean((string)json[ArgKey]!, MaxArgLength) : string.Empty;
        var verb = UserText.Clean((string)json[VerbKey]!, MaxVerbLength).Trim().ToLowerInvariant();
        return new SubmitPayload(verb, new CommandInput(argument, inputs, FromCard: true));
    }
}
