namespace SnowChatOps.Bot.SecureScore.Posture;

/// <summary>Seam over where Secure Score snapshots come from (Microsoft Graph or the offline sample shipped with the app).</summary>
internal interface ISecureScoreSnapshotSource
{
    /// <returns>The tenant's latest snapshot, or null when there is none yet.</returns>
    /// <exception cref="ImprovementActionsUnavailableException">The source could not be read.</exception>
    Task<SecureScoreSnapshot?> GetLatestAsync(string tenantId, CancellationToken cancellationToken);

    /// <returns>Up to <paramref name="count"/> of the tenant's latest daily snapshots, newest first, read now (not cached).</returns>
    /// <exception cref="ImprovementActionsUnavailableException">The source could not be read.</exception>
    Task<IReadOnlyList<SecureScoreSnapshot>> GetRecentAsync(string tenantId, int count, CancellationToken cancellationToken);
}
