using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Tickets.Actions;

/// <summary>
/// The argument of a ticket card action: which record, and <see cref="Key"/>, the idempotency key minted for this
/// action instance when the card was rendered (a double click or a retried invoke carries the same key).
/// </summary>
internal sealed partial record TicketActionArg(
    [property: JsonPropertyName("t")] string Table, [property: JsonPropertyName("s")] string SysId, [property: JsonPropertyName("k")] string Key) : ICardArg
{
    // A forged payload can leave out members: System.Text.Json then passes null for these non-nullable strings.
    [JsonIgnore]
    public bool IsValid => TicketTableNames.TryParse(Table, out _) && SysId is not null && Hex32().IsMatch(SysId) && Key is not null && Hex32().IsMatch(Key);

    [JsonIgnore]
    public TicketTable TicketTable => TicketTableNames.TryParse(Table, out var table) ? table.Value : throw new InvalidOperationException("Invalid table.");

    [GeneratedRegex("^[0-9a-f]{32}$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Hex32();
}
