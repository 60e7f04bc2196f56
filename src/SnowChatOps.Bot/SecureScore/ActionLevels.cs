using SnowChatOps.Bot.Resources;

namespace SnowChatOps.Bot.SecureScore;

/// <summary>
/// Secure Score's entry point for an improvement action's level (Graph's <c>userImpact</c> and
/// <c>implementationCost</c>: Low, Moderate, High) in the current UI culture. Other features show levels through this,
/// never by reading Graph's English word. An unknown word is shown bounded and without control characters.
/// </summary>
internal static class ActionLevels
{
    private const int MaxLength = 60;

    public static string Name(string? level)
    {
        var text = new string((level ?? string.Empty).Where(c => !char.IsControl(c)).ToArray()).Trim();
        return text.ToUpperInvariant() switch
        {
            "LOW" => SecureScoreText.Level_Low,
            "MODERATE" => SecureScoreText.Level_Moderate,
            "HIGH" => SecureScoreText.Level_High,
            _ => text.Length <= MaxLength ? text : text[..(MaxLength - 1)].TrimEnd() + "…",
        };
    }
}
