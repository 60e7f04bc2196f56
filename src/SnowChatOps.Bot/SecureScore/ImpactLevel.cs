namespace SnowChatOps.Bot.SecureScore;

/// <summary>
/// Secure Score's level words (user impact, implementation cost: Graph sends "Low", "Moderate", "High") in the current
/// UI culture; the one place other features get them from, so a zh-CN card never shows the English word.
/// </summary>
internal static class ImpactLevel
{
    /// <returns>The localized name of a known level; otherwise <paramref name="level"/> itself, trimmed.</returns>
    public static string Name(string? level) => (level ?? string.Empty).Trim().ToUpperInvariant() switch
    {
        "LOW" => Resources.SecureScoreText.Level_Low,
        "MODERATE" => Resources.SecureScoreText.Level_Moderate,
        "HIGH" => Resources.SecureScoreText.Level_High,
        _ => (level ?? string.Empty).Trim(),
    };
}
