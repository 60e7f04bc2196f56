using System.Text.Json.Serialization;

namespace SnowChatOps.Bot.ServiceNow.Dtos;

/// <summary>A <c>sys_user</c> found by email, for "Assign to me".</summary>
internal sealed record UserEmailRecordDto
{
    public const string Fields = "sys_id,user_name,name,email";

    [JsonPropertyName("sys_id")] public string? SysId { get; init; }
    [JsonPropertyName("user_name")] public string? UserName { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("email")] public string? Email { get; init; }
}
