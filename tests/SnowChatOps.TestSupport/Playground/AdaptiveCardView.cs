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

    /// <inheritdoc />
    public override string ToString() => Json.GetRawText();

    private static bool IsTextBlock(JsonElement e) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty("type", out var type) && type.GetString() == "TextBlock" && e.TryGetProperty("text", out _);

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
