using System.Text.Json.Serialization;

namespace SnowChatOps.Bot.Cards;

/// <summary>A body element. The discriminator writes the Adaptive Card <c>type</c> property.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(TextInput), "Input.Text")]
[JsonDerivedType(typeof(DateInput), "Input.Date")]
[JsonDerivedType(typeof(ChoiceSetInput), "Input.ChoiceSet")]
[JsonDerivedType(typeof(ToggleInput), "Input.Toggle")]
internal abstract record CardElement
{
    public string? Id { get; init; }

    public bool? Separator { get; init; }

    public string? Spacing { get; init; }

    public bool? IsVisible { get; init; }
}

internal sealed record TextBlock(string Text) : CardElement
{
    public string? Size { get; init; }

    public string? Weight { get; init; }

    public string? Color { get; init; }

    public bool? IsSubtle { get; init; }

    public bool? Wrap { get; init; } = true;

    public string? Style { get; init; }
}

internal sealed record Fact(string Title, string Value);

internal sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement;

internal sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    public string? Style { get; init; }

    public CardAction? SelectAction { get; init; }
}

internal sealed record Column(IReadOnlyList<CardElement> Items)
{
    [JsonPropertyName("type")]
    public string Type => "Column";

    public string? Width { get; init; }

    public string? VerticalContentAlignment { get; init; }
}

internal sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement;

internal sealed record ActionSet(IReadOnlyList<CardAction> Actions) : CardElement;
