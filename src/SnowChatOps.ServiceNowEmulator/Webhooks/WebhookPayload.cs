using System.Text.Json.Serialization;

namespace SnowChatOps.ServiceNowEmulator.Webhooks;

/// <summary>The state-change body agreed in HELPER_CONTRACTS; every value a string.</summary>
internal sealed record WebhookPayload(
    [property: JsonPropertyName("event_id")] string EventId,
    [property: JsonPropertyName("instance")] string Instance,
    [property: JsonPropertyName("table")] string Table,
    [property: JsonPropertyName("sys_id")] string SysId,
    [property: JsonPropertyName("number")] string Number,
    [property: JsonPropertyName("state")] string State,
    [property: JsonPropertyName("previous_state")] string PreviousState,
    [property: JsonPropertyName("sys_updated_on")] string SysUpdatedOn,
    [property: JsonPropertyName("sys_mod_count")] string SysModCount,
    [property: JsonPropertyName("updated_by")] string UpdatedBy);
