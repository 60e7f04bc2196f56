using System.Text.Json.Serialization;

namespace SnowChatOps.Bot.ServiceNow.Dtos;

/// <summary>Body of a ticket create; null members are left out of the JSON.</summary>
internal sealed record TicketWriteDto
{
    [JsonPropertyName("short_description")] public string? ShortDescription { get; init; }
    [JsonPropertyName("description")] public string? Description { get; init; }
    [JsonPropertyName("priority")] public string? Priority { get; init; }
    [JsonPropertyName("impact")] public string? Impact { get; init; }
    [JsonPropertyName("urgency")] public string? Urgency { get; init; }
    [JsonPropertyName("due_date")] public string? DueDate { get; init; }
    [JsonPropertyName("correlation_id")] public string? CorrelationId { get; init; }
    [JsonPropertyName("correlation_display")] public string? CorrelationDisplay { get; init; }
    [JsonPropertyName("u_m365_initiated_by")] public string? InitiatedBy { get; init; }
    [JsonPropertyName("u_m365_recommendation_source")] public string? RecommendationSource { get; init; }
    [JsonPropertyName("u_m365_recommendation_category")] public string? RecommendationCategory { get; init; }
    [JsonPropertyName("u_m365_action_id")] public string? ActionId { get; init; }
}
