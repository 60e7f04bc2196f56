using System.Text.Json.Serialization;

namespace SnowChatOps.Bot.ServiceNow.Dtos;

internal sealed record PropertyRecordDto(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("value")] string? Value)
{
    public const string Fields = "name,value";
}
