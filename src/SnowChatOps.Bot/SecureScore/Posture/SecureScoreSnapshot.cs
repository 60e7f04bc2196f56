namespace SnowChatOps.Bot.SecureScore.Posture;

/// <summary>One daily Secure Score snapshot: the tenant's points and each control's achieved points (by control id).</summary>
internal sealed record SecureScoreSnapshot(
    DateTimeOffset CreatedAt, double CurrentScore, double MaxScore, IReadOnlyDictionary<string, double> ControlScores)
{
    /// <returns>The control's achieved points in this snapshot, or null when the snapshot does not list it.</returns>
    public double? ScoreOf(string controlId) => ControlScores.TryGetValue(controlId, out var score) ? score : null;
}
