using System.Text.Json;
using Microsoft.Identity.Client;
using Polly.CircuitBreaker;
using Polly.Timeout;
using SnowChatOps.Bot.SecureScore.Graph;

namespace SnowChatOps.Bot.SecureScore.Posture;

/// <summary>
/// Reads the latest snapshot with <c>GET security/secureScores?$top=1</c> (application permission
/// <c>SecurityEvents.Read.All</c>, per Microsoft Learn "List secureScores").
/// </summary>
internal sealed class GraphSecureScoreSnapshotSource(GraphSecureScoreClient client, ILogger<GraphSecureScoreSnapshotSource> logger)
    : ISecureScoreSnapshotSource
{
    public async Task<SecureScoreSnapshot?> GetLatestAsync(string tenantId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
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
}
