namespace SnowChatOps.Bot.Bot;

/// <summary>
/// What the user sent, already lifted out of Bot Framework's JObject: the text after the command word, the
/// submit's argument, and the card's input values (Adaptive Card inputs are always strings).
/// </summary>
internal sealed record CommandInput(string Argument, IReadOnlyDictionary<string, string> Inputs, bool FromCard)
{
    public static CommandInput FromText(string argument) => new(argument, new Dictionary<string, string>(), false);

    public string? Input(string id) => Inputs.TryGetValue(id, out var value) ? value : null;
}
