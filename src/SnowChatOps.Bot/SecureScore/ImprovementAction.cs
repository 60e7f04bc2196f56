namespace SnowChatOps.Bot.SecureScore;

/// <summary>A Secure Score improvement action (Graph secureScoreControlProfile), mapped at the seam.</summary>
/// <param name="Remediation">Plain text with light markdown (line breaks, "- " bullets, [text](https-url) links).</param>
/// <param name="ActionUrl">Absolute https URL where the action is carried out, or null when Graph gave none we trust.</param>
internal sealed record ImprovementAction(
    string Id,
    string Title,
    ActionCategory Category,
    string ActionType,
    string Service,
    double MaxScore,
    int Rank,
    string Tier,
    string UserImpact,
    string ImplementationCost,
    IReadOnlyList<string> Threats,
    string Remediation,
    string RemediationImpact,
    Uri? ActionUrl,
    bool Deprecated);
