using System.Text.Json.Serialization;

namespace SnowChatOps.Bot.ServiceNow.Dtos;

internal sealed record SysIdRecordDto([property: JsonPropertyName("sys_id")] string? SysId);
