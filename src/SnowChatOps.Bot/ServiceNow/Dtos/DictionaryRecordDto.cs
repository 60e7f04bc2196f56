using System.Text.Json.Serialization;

namespace SnowChatOps.Bot.ServiceNow.Dtos;

/// <summary>A <c>sys_dictionary</c> row: one column of a table.</summary>
internal sealed record DictionaryRecordDto([property: JsonPropertyName("element")] string? Element)
{
    public const string Fields = "element";
}
