using System.Text.Json.Serialization;

namespace SnowChatOps.Bot.SecureScore.Graph;

/// <summary>One page of a Graph collection: <c>{"@odata.context": ..., "@odata.nextLink": ..., "value": [...]}</c>.</summary>
internal sealed record ControlProfilePageDto(
    [property: JsonPropertyName("@odata.nextLink")] string? NextLink,
    IReadOnlyList<ControlProfileDto>? Value);
