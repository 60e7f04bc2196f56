using System.Text.Json.Serialization;

namespace SnowChatOps.Bot.ServiceNow.Dtos;

/// <summary>ServiceNow's (often opaque) token error body, e.g. <c>{"error_description":"access_denied","error":"server_error"}</c>.</summary>
internal sealed record OAuthErrorDto(
    [property: JsonPropertyName("error")] string? Error,
    [property: JsonPropertyName("error_description")] string? ErrorDescription);
