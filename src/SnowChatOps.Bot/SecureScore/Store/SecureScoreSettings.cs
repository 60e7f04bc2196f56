using SnowChatOps.Bot.SecureScore.WriteBack;

namespace SnowChatOps.Bot.SecureScore.Store;

/// <summary>
/// A tenant's Secure Score write-back choice (off until an admin turns it on), the state a resolved or closed ticket
/// writes, the score-drop alert threshold, and the last write failure (a fixed code such as <c>forbidden</c> or <c>http-503</c>) shown on the settings card.
/// </summary>
internal sealed record SecureScoreSettings(string TenantId)
{
    public bool WriteBack { get; init; }

    public string ResolvedState { get; init; } = ControlStates.ThirdParty;

    /// <summary>Points the tenant's score may drop between two daily snapshots before the score-drop alert is posted; null: no alert.</summary>
    public double? DropThreshold { get; init; }

    /// <summary>When due-date reminders wait (in the ticket conversation's time zone, see docs/secure-score.md); null: never.</summary>
    public QuietHours? Quiet { get; init; }

    public string? LastFailure { get; init; }

    public DateTimeOffset? LastFailureAt { get; init; }
}
