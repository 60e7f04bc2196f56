using System.Text.Json;

namespace SnowChatOps.TestSupport.Playground;

/// <summary>Read-only helpers over Adaptive Card JSON for assertions.</summary>
public sealed class AdaptiveCardView(JsonElement card)
{
    /// <summary>The attachment content type of an Adaptive Card.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The raw card JSON.</summary>
    public JsonElement Json { get; } = card;

    /// <summary>The card's <c>version</c>.</summary>
    public string? Version => Json.TryGetProperty("version", out var v) ? v.GetString() : null;

    /// <summary>The text of every TextBlock in the body, depth first, in document order.</summary>
    public IReadOnlyList<string> TextBlocks =>
        Json.TryGetProperty("body", out var body) ? [.. Walk(body).Where(IsTextBlock).Select(e => e.GetProperty("text").GetString() ?? string.Empty)] : [];

    /// <summary>The first TextBlock's text (null when none).</summary>
    public string? FirstTextBlock => TextBlocks.Count > 0 ? TextBlocks[0] : null;

    /// <summary>Titles of the card-level <c>actions</c>, in order.</summary>
    public IReadOnlyList<string> ActionTitles =>
        Json.TryGetProperty("actions", out var actions)
            ? [.. actions.EnumerateArray().Select(a => a.TryGetProperty("title", out var t) ? t.GetString() ?? string.Empty : string.Empty)]
            : [];

    /// <summary>The card-level action titled <paramref name="title"/>.</summary>
    public JsonElement Action(string title) =>
        Json.TryGetProperty("actions", out var actions)
            ? actions.EnumerateArray().FirstOrDefault(a => a.TryGetProperty("title", out var t) && t.GetString() == title) is { ValueKind: JsonValueKind.Object } found
                ? found
                : throw new InvalidOperationException($"The card has no action titled '{title}': {this}")
            : throw new InvalidOperationException($"The card has no actions: {this}");

    /// <summary>The <c>data</c> of the card-level action titled <paramref name="title"/>, as a map to send back with inputs.</summary>
    public Dictionary<string, string> SubmitData(string title) =>
        Action(title).GetProperty("data").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? string.Empty);

    /// <summary>Every FactSet fact in the body, as (title, value), in document order.</summary>
    public IReadOnlyList<(string Title, string Value)> Facts =>
        Json.TryGetProperty("body", out var body)
            ? [.. Walk(body).Where(e => IsType(e, "FactSet")).SelectMany(e => e.GetProperty("facts").EnumerateArray())
                .Select(f => (f.GetProperty("title").GetString() ?? string.Empty, f.GetProperty("value").GetString() ?? string.Empty))]
            : [];

    /// <summary>The <c>data</c> of every action titled <paramref name="title"/> inside the body's ActionSets, in document order.</summary>
    public IReadOnlyList<Dictionary<string, string>> BodyActionData(string title) =>
        Json.TryGetProperty("body", out var body)
            ? [.. Walk(body).Where(e => IsType(e, "ActionSet")).SelectMany(e => e.GetProperty("actions").EnumerateArray())
                .Where(a => a.TryGetProperty("title", out var t) && t.GetString() == title && a.TryGetProperty("data", out _))
                .Select(a => a.GetProperty("data").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? string.Empty))]
            : [];

    /// <summary>The body element with this <c>id</c> (an input, usually); throws when there is none.</summary>
    public JsonElement Element(string id) =>
        Json.TryGetProperty("body", out var body) && Walk(body).FirstOrDefault(e => e.TryGetProperty("id", out var i) && i.GetString() == id) is { ValueKind: JsonValueKind.Object } found
            ? found
            : throw new InvalidOperationException($"The card has no element with id '{id}': {this}");

    /// <summary>A string property of the element with this <c>id</c> (e.g. an input's <c>value</c>); null when absent.</summary>
    public string? ElementProperty(string id, string property) =>
        Element(id).TryGetProperty(property, out var value) ? value.ToString() : null;

    /// <inheritdoc />
    public override string ToString() => Json.GetRawText();

    private static bool IsTextBlock(JsonElement e) => IsType(e, "TextBlock") && e.TryGetProperty("text", out _);

    private static bool IsType(JsonElement e, string type) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty("type", out var t) && t.GetString() == type;

    private static IEnumerable<JsonElement> Walk(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            return element.EnumerateArray().SelectMany(Walk);
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        // Containers nest elements under these members; actions are not body content.
        var children = new[] { "items", "columns", "body", "card" }
            .Where(name => element.TryGetProperty(name, out _))
            .SelectMany(name => Walk(element.GetProperty(name)));
        return [element, .. children];
    }
}
