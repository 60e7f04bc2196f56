using System.Text.Json.Serialization;

namespace SnowChatOps.Bot.ServiceNow.Dtos;

/// <summary>ServiceNow REST error body: <c>{"error": {"message": "...", "detail": "..."}, "status": "failure"}</c>.</summary>
internal sealed record ErrorEnvelopeDto(
    [property: JsonPropertyName("error")] ErrorDetailDto? Error,
    [property: JsonPropertyName("status")] string? Status);
