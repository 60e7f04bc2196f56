using SnowChatOps.Bot.SecureScore.Posture;
using SnowChatOps.Bot.SecureScore.Store;

namespace SnowChatOps.Bot.SecureScore.Alerts;

/// <summary>
/// One score-drop cycle: for each tenant with a threshold (one partition query), the two latest daily snapshots
/// (<c>GET security/secureScores?$top=2</c>) are compared; a drop of more than the threshold is posted once per
/// snapshot pair to every subscribed conversation (<see cref="ScoreDropPoster"/>).
/// </summary>
internal sealed class ScoreDropChecker(
    ISecureScoreStore store, ISecureScoreSnapshotSource snapshots, ScoreDropPoster poster, ILogger<ScoreDropChecker> logger)
{
    /// <returns>How many alert cards this call posted.</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var posted = 0;
        foreach (var tenantId in await store.ListAlertTenantsAsync(cancellationToken))
        {
            if ((await store.GetSettingsAsync(tenantId, cancellationToken)).DropThreshold is not { } threshold
                || await DropAsync(tenantId, threshold, cancellationToken) is not { } drop)
            {
                continue;
            }

            posted += await poster.PostAsync(tenantId, drop, threshold, cancellationToken);
        }

        return posted;
    }

    private async Task<ScoreDrop?> DropAsync(string tenantId, double threshold, CancellationToken cancellationToken)
    {
        IReadOnlyList<SecureScoreSnapshot> recent;
        try
        {
            recent = await snapshots.GetRecentAsync(tenantId, 2, cancellationToken);
        }
        catch (ImprovementActionsUnavailableException)
        {
            logger.SnapshotsUnavailable(tenantId);
            return null;
        }

        return recent.Count < 2 ? null : ScoreDrop.Detect(recent[1], recent[0], threshold);
    }
}
