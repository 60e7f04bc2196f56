using System.Text.Json.Serialization;
using SnowChatOps.Bot.Cards;

namespace SnowChatOps.Bot.Flows;

/// <summary>The argument of a flow card's buttons: which flow, the step the card shows, and the move (next, back, cancel...).</summary>
internal sealed record FlowArg(
    [property: JsonPropertyName("f")] string Flow,
    [property: JsonPropertyName("s")] string Step,
    [property: JsonPropertyName("m")] string Move) : ICardArg
{
    [JsonIgnore]
    public bool IsValid => Short(Flow) && Short(Step) && Short(Move);

    /// <summary>The serialized argument, as a card carries it.</summary>
    public static string Write(string flow, string step, string move) => CardArg.Write(new FlowArg(flow, step, move));

    private static bool Short(string? value) => value is { Length: > 0 and <= 40 } && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
