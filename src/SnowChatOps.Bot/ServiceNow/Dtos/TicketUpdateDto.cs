using System.Text.Json.Serialization;

namespace SnowChatOps.Bot.ServiceNow.Dtos;

/// <summary>Body of a ticket PATCH from a card action; null members are left out, so only what the action changes is sent.</summary>
internal sealed record TicketUpdateDto
{
    [JsonPropertyName("work_notes")] public string? WorkNotes { get; init; }
    [JsonPropertyName("state")] public string? State { get; init; }
    [JsonPropertyName("close_code")] public string? CloseCode { get; init; }
    [JsonPropertyName("close_notes")] public string? CloseNotes { get; init; }
    [JsonPropertyName("hold_reason")] public string? HoldReason { get; init; }
    [JsonPropertyName("assigned_to")] public string? AssignedTo { get; init; }
}
