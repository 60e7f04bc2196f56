using System.Text.Json.Nodes;
using SnowChatOps.Bot.Cards;

namespace SnowChatOps.Tests.Cards;

/// <summary>A built card as the JSON Teams receives, with lookups for assertions.</summary>
internal sealed class CardTree(AdaptiveCard card)
{
    public string Json { get; } = CardJson.Serialize(card);

    public JsonObject Root => JsonNode.Parse(Json)!.AsObject();

    /// <summary>Every object in the card, depth first (elements, actions, facts...).</summary>
    public IEnumerable<JsonObject> Objects => Walk(Root);

    public IEnumerable<JsonObject> Inputs => Objects.Where(o => Type(o)?.StartsWith("Input.", StringComparison.Ordinal) == true);

    public IEnumerable<JsonObject> Actions => Root["actions"]?.AsArray().Select(a => a!.AsObject()) ?? [];

    public IEnumerable<string> Texts => Objects.Where(o => Type(o) == "TextBlock").Select(o => (string)o["text"]!);

    public JsonObject Input(string id) => Inputs.Single(i => (string?)i["id"] == id);

    public JsonObject Action(string title) => Actions.Single(a => (string?)a["title"] == title);

    private static string? Type(JsonObject o) => o["type"] is JsonValue v && v.TryGetValue<string>(out var type) ? type : null;

    private static IEnumerable<JsonObject> Walk(JsonNode? node) => node switch
    {
        JsonObject o => [o, .. o.SelectMany(p => Walk(p.Value))],
        JsonArray a => a.SelectMany(Walk),
        _ => [],
    };
}
