using System.Text.Json;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Polly.CircuitBreaker;
using Polly.Timeout;
using SnowChatOps.Bot.SecureScore.Graph;

namespace SnowChatOps.Bot.SecureScore.Posture;

/// <summary>
/// Reads the latest snapshot with <c>GET security/secureScores?$top=1</c> (application permission
/// <c>SecurityEvents.Read.All</c>, per Microsoft Learn "List secureScores"). Graph makes one snapshot a day, so a
/// tenant's latest is reused for <see cref="SecureScoreOptions.CacheDuration"/> (measured with <see cref="TimeProvider"/>)
/// rather than read again for every card.
/// </summary>
internal sealed class GraphSecureScoreSnapshotSource(
    GraphSecureScoreClient client,
    IMemoryCache cache,
    TimeProvider time,
    IOptions<SecureScoreOptions> options,
    ILogger<GraphSecureScoreSnapshotSource> logger) : ISecureScoreSnapshotSource
{
    public async Task<SecureScoreSnapshot?> GetLatestAsync(string tenantId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        var key = new SnapshotCacheKey(tenantId.Trim().ToLowerInvariant());
        if (cache.TryGetValue(key, out CachedSnapshot? cached) && cached is not null && cached.ExpiresAt > time.GetUtcNow())
        {
            return cached.Snapshot;
        }

        var snapshot = await ReadAsync(tenantId, cancellationToken);
        var duration = options.Value.CacheDuration;
        if (duration > TimeSpan.Zero)
        {
            cache.Set(key, new CachedSnapshot(snapshot, time.GetUtcNow() + duration), duration);
        }

        return snapshot;
    }

    public async Task<IReadOnlyList<SecureScoreSnapshot>> GetRecentAsync(string tenantId, int count, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        try
        {
            var scores = await client.GetRecentScoresAsync(tenantId, count, cancellationToken);
            return [.. scores.Select(SnapshotMapper.ToSnapshot).OfType<SecureScoreSnapshot>().OrderByDescending(s => s.CreatedAt)];
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or MsalException
                                       or BrokenCircuitException or TimeoutRejectedException)
        {
            logger.SnapshotUnavailable(tenantId, ex);
            throw new ImprovementActionsUnavailableException("Microsoft Graph Secure Score snapshots could not be read.", ex);
        }
    }

    private async Task<SecureScoreSnapshot?> ReadAsync(string tenantId, CancellationToken cancellationToken)
    {
        try
        {
            var snapshot = SnapshotMapper.ToSnapshot(await client.GetLatestScoreAsync(tenantId, cancellationToken));
            logger.SnapshotRead(tenantId, snapshot?.ControlScores.Count ?? 0);
            return snapshot;
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or MsalException
                                       or BrokenCircuitException or TimeoutRejectedException)
        {
            logger.SnapshotUnavailable(tenantId, ex);
            throw new ImprovementActionsUnavailableException("Microsoft Graph Secure Score snapshots could not be read.", ex);
        }
    }

    private sealed record SnapshotCacheKey(string TenantId);

    private sealed record CachedSnapshot(SecureScoreSnapshot? Snapshot, DateTimeOffset ExpiresAt);
}
