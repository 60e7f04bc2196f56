namespace SnowChatOps.Bot.Tracking.Polling;

/// <summary>
/// One poller per tenant across instances: a lease row per tenant that names its owner and when it expires.
/// Take-over happens only after expiry; every write is ETag-guarded, so two instances never both win.
/// </summary>
internal interface IPollLeaseStore
{
    /// <summary>
    /// Takes or renews the tenant's lease for <paramref name="owner"/> until <paramref name="expiresAt"/> when it is
    /// free, expired at <paramref name="now"/>, or already ours; false when another owner holds it (or won a race).
    /// </summary>
    Task<bool> TryAcquireAsync(string tenantId, string owner, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken);
}
