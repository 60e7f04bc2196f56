namespace SnowChatOps.Bot.SecureScore.Posture;

/// <summary>
/// Why a ticket matters in Secure Score terms: the action's points now (null when no snapshot lists it) out of its
/// maximum, and the profile's category, tier, user impact, implementation cost and the threats it mitigates.
/// </summary>
internal sealed record ActionPosture(
    string ActionId,
    double? PointsNow,
    double MaxScore,
    ActionCategory Category,
    string Tier,
    string UserImpact,
    string ImplementationCost,
    IReadOnlyList<string> Threats)
{
    public static ActionPosture From(ImprovementAction action, SecureScoreSnapshot? snapshot)
    {
        ArgumentNullException.ThrowIfNull(action);
        return new ActionPosture(
            action.Id, snapshot?.ScoreOf(action.Id), action.MaxScore, action.Category, action.Tier, action.UserImpact,
            action.ImplementationCost, action.Threats);
    }
}
