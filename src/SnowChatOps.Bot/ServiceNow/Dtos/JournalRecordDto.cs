using System.Text.Json.Serialization;

namespace SnowChatOps.Bot.ServiceNow.Dtos;

/// <summary>A <c>sys_journal_field</c> row: one work note or comment of a record.</summary>
internal sealed record JournalRecordDto
{
    public const string Fields = "sys_id,value,sys_created_on,sys_created_by";

    [JsonPropertyName("sys_id")] public string? SysId { get; init; }
    [JsonPropertyName("value")] public string? Value { get; init; }
    [JsonPropertyName("sys_created_on")] public string? SysCreatedOn { get; init; }
    [JsonPropertyName("sys_created_by")] public string? SysCreatedBy { get; init; }
}
