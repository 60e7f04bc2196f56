using System.ComponentModel.DataAnnotations;

namespace SnowChatOps.Bot.SecureScore.Alerts;

/// <summary>Section <c>SecureScore:Alerts</c>: the score-drop check (per-tenant thresholds are set on the settings card).</summary>
internal sealed class ScoreDropOptions
{
    public const string Section = "SecureScore:Alerts";

    /// <summary>The background check; off in tests, which call <see cref="ScoreDropChecker.RunOnceAsync"/>.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the two latest snapshots are compared (Secure Score takes one a day).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>At most this many controls are named on the card (the largest losses); the rest are counted.</summary>
    [Range(1, 20)]
    public int MaxControls { get; set; } = 8;
}
