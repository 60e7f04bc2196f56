using System.Text.Json.Serialization;

namespace SnowChatOps.Bot.SecureScore.Graph;

/// <summary>Graph <c>secureScoreControlProfile</c>, only the properties we map. Numbers may arrive as strings.</summary>
internal sealed record ControlProfileDto(
    string? Id,
    string? Title,
    string? ControlCategory,
    string? ActionType,
    string? ActionUrl,
    string? Service,
    [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] double? MaxScore,
    [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] int? Rank,
    string? Tier,
    string? UserImpact,
    string? ImplementationCost,
    IReadOnlyList<string?>? Threats,
    bool? Deprecated,
    string? Remediation,
    string? RemediationImpact);
