using System.Text.Json.Serialization;
using SnowChatOps.Bot.Text;

namespace SnowChatOps.Bot.Tracking.Webhook;

/// <summary>The state-change webhook body (HELPER_CONTRACTS): every value a string.</summary>
internal sealed record StateChangeEvent(
    [property: JsonPropertyName("event_id")] string? EventId,
    [property: JsonPropertyName("instance")] string? Instance,
    [property: JsonPropertyName("table")] string? Table,
    [property: JsonPropertyName("sys_id")] string? SysId,
    [property: JsonPropertyName("number")] string? Number,
    [property: JsonPropertyName("state")] string? State,
    [property: JsonPropertyName("previous_state")] string? PreviousState,
    [property: JsonPropertyName("sys_updated_on")] string? SysUpdatedOn,
    [property: JsonPropertyName("updated_by")] string? UpdatedBy,
    [property: JsonPropertyName("sys_mod_count")] string? SysModCount = null)
{
    public bool IsComplete =>
        !string.IsNullOrWhiteSpace(EventId) && !string.IsNullOrWhiteSpace(Instance) && !string.IsNullOrWhiteSpace(Table)
        && !string.IsNullOrWhiteSpace(SysId) && !string.IsNullOrWhiteSpace(State);

    /// <summary>
    /// Every field within what the business rule can send (a dashed GUID, the instance URL, a 32-hex sys_id, short
    /// choice values, a user name) and free of control characters: anything else is refused before it reaches a
    /// table key, a card or a log.
    /// </summary>
    public bool IsWithinLimits =>
        Fits(EventId, 64) && Fits(Instance, 256) && Fits(Table, 80) && Fits(SysId, 32) && Fits(Number, 40) && Fits(State, 40)
        && Fits(PreviousState, 40) && Fits(SysUpdatedOn, 32) && Fits(UpdatedBy, 255) && IsModCount(SysModCount);

    /// <summary>sys_mod_count as a number; null when an older business rule did not send it (or sent it empty).</summary>
    public int? ModCount => int.TryParse(SysModCount, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count) ? count : null;

    // An integer column: at most 10 digits; empty is "not sent" (a rule from before sys_mod_count was added).
    private static bool IsModCount(string? value) => string.IsNullOrEmpty(value) || (value.Length <= 10 && value.All(char.IsAsciiDigit) && int.TryParse(value, out _));

    private static bool Fits(string? value, int max) => value is null || (value.Length <= max && !UserText.NeedsCleaning(value));
}
