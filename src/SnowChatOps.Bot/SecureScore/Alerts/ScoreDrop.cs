using SnowChatOps.Bot.SecureScore.Posture;

namespace SnowChatOps.Bot.SecureScore.Alerts;

/// <summary>
/// A drop of the tenant's current score between two consecutive daily snapshots, and the controls that lost points
/// (present in both snapshots, largest loss first). A control missing from the newer snapshot no longer counts
/// toward the score, so it is not named as lost.
/// </summary>
internal sealed record ScoreDrop(SecureScoreSnapshot Previous, SecureScoreSnapshot Current, IReadOnlyList<ControlLoss> Losses)
{
    private const double Epsilon = 0.005;

    public double Points => Previous.CurrentScore - Current.CurrentScore;

    /// <returns>The drop when the score fell by more than <paramref name="threshold"/>; otherwise null.</returns>
    public static ScoreDrop? Detect(SecureScoreSnapshot previous, SecureScoreSnapshot current, double threshold)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        if (current.CreatedAt <= previous.CreatedAt || previous.CurrentScore - current.CurrentScore <= threshold + Epsilon)
        {
            return null;
        }

        var losses = previous.ControlScores
            .Select(c => current.ScoreOf(c.Key) is { } after && after < c.Value - Epsilon ? new ControlLoss(c.Key, c.Value, after) : null)
            .OfType<ControlLoss>()
            .OrderByDescending(l => l.Lost).ThenBy(l => l.ControlId, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new ScoreDrop(previous, current, losses);
    }

    /// <summary>One alert per snapshot pair and conversation (the claim key).</summary>
    public string ClaimKey(string tenantId, string conversationId) =>
        $"{tenantId}|{Previous.CreatedAt.UtcTicks}|{Current.CreatedAt.UtcTicks}|{conversationId}";
}
