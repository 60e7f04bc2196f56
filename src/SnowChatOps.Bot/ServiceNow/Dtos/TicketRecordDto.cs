using System.Text.Json.Serialization;

namespace SnowChatOps.Bot.ServiceNow.Dtos;

/// <summary>A task record as the Table API returns it (all values strings, references excluded).</summary>
internal sealed record TicketRecordDto
{
    public const string Fields =
        "sys_id,number,sys_class_name,state,priority,short_description,due_date,sys_updated_on,sys_mod_count," +
        "correlation_id,category,u_m365_action_id,u_m365_recommendation_category,u_m365_recommendation_source";

    [JsonPropertyName("sys_id")] public string? SysId { get; init; }
    [JsonPropertyName("number")] public string? Number { get; init; }
    [JsonPropertyName("sys_class_name")] public string? SysClassName { get; init; }
    [JsonPropertyName("state")] public string? State { get; init; }
    [JsonPropertyName("priority")] public string? Priority { get; init; }
    [JsonPropertyName("short_description")] public string? ShortDescription { get; init; }
    [JsonPropertyName("due_date")] public string? DueDate { get; init; }
    [JsonPropertyName("sys_updated_on")] public string? SysUpdatedOn { get; init; }
    [JsonPropertyName("sys_mod_count")] public string? SysModCount { get; init; }
    [JsonPropertyName("correlation_id")] public string? CorrelationId { get; init; }
    [JsonPropertyName("category")] public string? Category { get; init; }
    [JsonPropertyName("u_m365_action_id")] public string? ActionId { get; init; }
    [JsonPropertyName("u_m365_recommendation_category")] public string? RecommendationCategory { get; init; }
    [JsonPropertyName("u_m365_recommendation_source")] public string? RecommendationSource { get; init; }
}
