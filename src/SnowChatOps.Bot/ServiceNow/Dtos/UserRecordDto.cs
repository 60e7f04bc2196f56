using System.Text.Json.Serialization;

namespace SnowChatOps.Bot.ServiceNow.Dtos;

internal sealed record UserRecordDto
{
    public const string Fields = "sys_id,user_name,name,web_service_access_only,internal_integration_user";

    [JsonPropertyName("sys_id")] public string? SysId { get; init; }
    [JsonPropertyName("user_name")] public string? UserName { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("web_service_access_only")] public string? WebServiceAccessOnly { get; init; }
    [JsonPropertyName("internal_integration_user")] public string? InternalIntegrationUser { get; init; }
}
