using System.Text.Json.Serialization;

namespace SnowChatOps.Bot.Cards;

/// <summary>A card action. Submit data is always a typed <see cref="CardSubmit"/> with a verb.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
internal abstract record CardAction(string Title)
{
    public string? Id { get; init; }

    public string? Style { get; init; }
}

internal sealed record SubmitAction(string Title, CardSubmit Data) : CardAction(Title)
{
    /// <summary>False for actions such as Cancel that must not trip required-input validation.</summary>
    public string? AssociatedInputs { get; init; }
}

internal sealed record ExecuteAction(string Title, string Verb, CardSubmit Data) : CardAction(Title)
{
    public string? AssociatedInputs { get; init; }

    /// <summary>What clients without Universal Actions render instead (Teams: an Action.Submit with the same data).</summary>
    public CardAction? Fallback { get; init; }
}

internal sealed record OpenUrlAction(string Title, Uri Url) : CardAction(Title);

internal sealed record ShowCardAction(string Title, AdaptiveCard Card) : CardAction(Title);
