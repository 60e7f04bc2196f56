using System.Text.Json.Serialization;

namespace SnowChatOps.Bot.ServiceNow.Dtos;

internal sealed record ErrorDetailDto(
    [property: JsonPropertyName("message")] string? Message,
    [property: JsonPropertyName("detail")] string? Detail);
