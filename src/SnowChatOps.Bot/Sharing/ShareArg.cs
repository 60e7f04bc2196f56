using System.Text.Json.Serialization;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Sharing;

/// <summary>
/// The argument of the share form's buttons: the correlation id minted when the form was rendered and the
/// improvement action (none for a Teams message). Travelling in the card data is what makes a double click or a
/// retried invoke idempotent.
/// </summary>
internal sealed record ShareArg([property: JsonPropertyName("c")] string CorrelationId, [property: JsonPropertyName("a")] string? ActionId) : ICardArg
{
    private const string Prefix = CorrelationIds.Prefix;

    [JsonIgnore]
    public bool IsValid => IsMinted(CorrelationId) && (ActionId is null || IsActionId(ActionId));

    public static ShareArg Mint(string? actionId) => new(NewCorrelationId(), actionId);

    /// <summary>A fresh correlation id.</summary>
    public static string NewCorrelationId() => Prefix + Guid.NewGuid().ToString("N");

    public string ToArg() => CardArg.Write(this);

    // A forged card's blank, padded or control-character id is refused here rather than reaching the catalog look-up
    // (found by the card fuzz: a whitespace id threw there).
    private static bool IsActionId(string id) =>
        id.Length is > 0 and <= 100 && !string.IsNullOrWhiteSpace(id) && id.Trim().Length == id.Length && !id.Any(char.IsControl);

    /// <summary>Accepts only ids we mint, so a forged card cannot inject into an encoded query.</summary>
    public static bool IsMinted(string? correlation) =>
        correlation is not null
        && correlation.StartsWith(Prefix, StringComparison.Ordinal)
        && correlation.Length == Prefix.Length + 32
        && correlation[Prefix.Length..].All(char.IsAsciiHexDigitLower);
}
