using System.Text.Json.Serialization;

namespace SnowChatOps.Bot.SecureScore.Graph;

/// <summary>Graph <c>controlScore</c>: the tenant's achieved points for one control in one snapshot.</summary>
internal sealed record ControlScoreDto(
    string? ControlName,
    [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] double? Score);
