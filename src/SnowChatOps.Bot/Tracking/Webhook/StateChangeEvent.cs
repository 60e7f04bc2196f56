using System.Text.Json.Serialization;

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
    [property: JsonPropertyName("updated_by")] string? UpdatedBy)
{
    public bool IsComplete =>
        !string.IsNullOrWhiteSpace(EventId) && !string.IsNullOrWhiteSpace(Instance) && !string.IsNullOrWhiteSpace(Table)
        && !string.IsNullOrWhiteSpace(SysId) && !string.IsNullOrWhiteSpace(State);
}
