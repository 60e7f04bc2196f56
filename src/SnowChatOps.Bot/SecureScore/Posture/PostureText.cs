using System.Globalization;
using System.Text;
using SnowChatOps.Bot.Resources;

namespace SnowChatOps.Bot.SecureScore.Posture;

/// <summary>
/// The posture as labelled lines in the current UI culture, for the ticket card's section and the ServiceNow
/// description alike. Graph's words (tier, threats) are bounded and stripped of control characters before use.
/// </summary>
internal static class PostureText
{
    private const int MaxValueLength = 60;
    private const int MaxThreats = 8;

    public static IReadOnlyList<KeyValuePair<string, string>> Facts(ActionPosture posture)
    {
        ArgumentNullException.ThrowIfNull(posture);
        var facts = new List<KeyValuePair<string, string>>
        {
            new(SecureScoreText.Posture_Points, Points(posture)),
            new(SecureScoreText.Posture_Category, Category(posture.Category)),
        };
        Add(facts, SecureScoreText.Posture_Tier, Clean(posture.Tier));
        Add(facts, SecureScoreText.Posture_UserImpact, Level(posture.UserImpact));
        Add(facts, SecureScoreText.Posture_ImplementationCost, Level(posture.ImplementationCost));
        var threats = posture.Threats.Select(Clean).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxThreats);
        Add(facts, SecureScoreText.Posture_Threats, string.Join(", ", threats));
        return facts;
    }

    /// <summary>A block for the ServiceNow description: a heading, then one "label: value" line per fact.</summary>
    public static string Describe(ActionPosture posture)
    {
        var text = new StringBuilder(SecureScoreText.Posture_Heading);
        foreach (var (label, value) in Facts(posture))
        {
            text.Append('\n').Append(string.Format(CultureInfo.CurrentCulture, SecureScoreText.Posture_Line, label, value));
        }

        return text.ToString();
    }

    private static string Points(ActionPosture posture) => string.Format(
        CultureInfo.CurrentCulture,
        SecureScoreText.Posture_PointsValue,
        posture.PointsNow is { } now ? now.ToString("0.##", CultureInfo.CurrentCulture) : SecureScoreText.Posture_PointsUnknown,
        posture.MaxScore.ToString("0.##", CultureInfo.CurrentCulture));

    private static string Category(ActionCategory category) => category switch
    {
        ActionCategory.Devices => SecureScoreText.Category_Devices,
        ActionCategory.Data => SecureScoreText.Category_Data,
        ActionCategory.Apps => SecureScoreText.Category_Apps,
        ActionCategory.Identity => SecureScoreText.Category_Identity,
        _ => SecureScoreText.Category_Infrastructure,
    };

    private static string Level(string value) => ActionLevels.Name(value);

    private static void Add(List<KeyValuePair<string, string>> facts, string label, string value)
    {
        if (value.Length > 0)
        {
            facts.Add(new(label, value));
        }
    }

    private static string Clean(string? value)
    {
        var text = new string((value ?? string.Empty).Where(c => !char.IsControl(c)).ToArray()).Trim();
        return text.Length <= MaxValueLength ? text : text[..(MaxValueLength - 1)].TrimEnd() + "…";
    }
}
