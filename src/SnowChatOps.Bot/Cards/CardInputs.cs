namespace SnowChatOps.Bot.Cards;

/// <summary>Shared input properties; Teams shows <c>label</c>, <c>isRequired</c> and <c>errorMessage</c> natively.</summary>
internal abstract record CardInput : CardElement
{
    public string? Label { get; init; }

    public bool? IsRequired { get; init; }

    public string? ErrorMessage { get; init; }
}

internal sealed record TextInput : CardInput
{
    public string? Value { get; init; }

    public string? Placeholder { get; init; }

    public bool? IsMultiline { get; init; }

    public int? MaxLength { get; init; }

    public string? Style { get; init; }

    public string? Regex { get; init; }
}

internal sealed record DateInput : CardInput
{
    /// <summary>YYYY-MM-DD.</summary>
    public string? Value { get; init; }

    public string? Min { get; init; }

    public string? Max { get; init; }
}

internal sealed record Choice(string Title, string Value);

internal sealed record ChoiceSetInput(IReadOnlyList<Choice> Choices) : CardInput
{
    public string? Value { get; init; }

    /// <summary>Shown while nothing is chosen (compact style).</summary>
    public string? Placeholder { get; init; }

    public string? Style { get; init; }

    public bool? IsMultiSelect { get; init; }
}

internal sealed record ToggleInput(string Title) : CardInput
{
    public string? Value { get; init; }

    public string? ValueOn { get; init; }

    public string? ValueOff { get; init; }
}
