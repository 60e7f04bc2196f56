using System.Text.Json.Serialization;

namespace SnowChatOps.Bot.ServiceNow.Dtos;

/// <summary>An Application Registry row; the secret column is never requested.</summary>
internal sealed record OAuthEntityRecordDto
{
    public const string Fields = "sys_id,name,client_id,active,redirect_url";

    [JsonPropertyName("sys_id")] public string? SysId { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("client_id")] public string? ClientId { get; init; }
    [JsonPropertyName("active")] public string? Active { get; init; }
    [JsonPropertyName("redirect_url")] public string? RedirectUrl { get; init; }
}
