using System.Text.Json.Serialization;

namespace SnowChatOps.Bot.SecureScore.Graph;

/// <summary>
/// Graph v1.0 <c>secureScore</c> (one daily snapshot), only what we read. Shape per Microsoft Learn
/// "secureScore resource type" and "controlScore resource type" (controlName, score, controlCategory, description).
/// </summary>
internal sealed record SecureScoreDto(
    string? Id,
    DateTimeOffset? CreatedDateTime,
    [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] double? CurrentScore,
    [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] double? MaxScore,
    IReadOnlyList<ControlScoreDto?>? ControlScores);
