using System.Text.Json.Serialization;

namespace SnowChatOps.Bot.Cards;

/// <summary>An Adaptive Card 1.5 (the highest schema Teams renders). Serialized by <see cref="CardJson"/>.</summary>
internal sealed record AdaptiveCard(IReadOnlyList<CardElement> Body, IReadOnlyList<CardAction>? Actions = null)
{
    [JsonPropertyName("type")]
    public string Type => "AdaptiveCard";

    [JsonPropertyName("$schema")]
    public string Schema => "http://adaptivecards.io/schemas/adaptive-card.json";

    public string Version => "1.5";

    /// <summary>Teams renders full-width cards only when asked.</summary>
    [JsonPropertyName("msteams")]
    public TeamsCardProperties? Teams { get; init; } = new("Full");

    public CardRefresh? Refresh { get; init; }
}

internal sealed record TeamsCardProperties(string Width);

/// <summary>Universal Actions refresh: who sees an up-to-date card when they open the chat. <see cref="Action"/> is an Action.Execute (typed as the base so its "type" is written).</summary>
internal sealed record CardRefresh(CardAction Action, IReadOnlyList<string>? UserIds = null);
