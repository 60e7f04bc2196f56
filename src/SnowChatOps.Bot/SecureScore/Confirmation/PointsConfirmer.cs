using Microsoft.Extensions.Options;
using SnowChatOps.Bot.SecureScore.Posture;
using SnowChatOps.Bot.SecureScore.Store;
using SnowChatOps.Bot.Storage;

namespace SnowChatOps.Bot.SecureScore.Confirmation;

/// <summary>
/// One confirmation cycle: reads the pending rows (one partition query) and each tenant's latest snapshot once, then
/// posts "+N points" when a snapshot taken after the resolution shows the control above its points at resolution, or
/// "no change yet" once the waiting time has passed. Each post is claimed first, so several instances post it once.
/// </summary>
internal sealed class PointsConfirmer(
    ISecureScoreStore store, ISecureScoreSnapshotSource snapshots, IIdempotencyStore claims, PointsAnnouncer announcer,
    IOptions<PointsConfirmationOptions> options, TimeProvider time, ILogger<PointsConfirmer> logger)
{
    public const string ClaimScope = "securescore-points";
    private const double Epsilon = 0.005;

    /// <returns>How many confirmations this call posted.</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var posted = 0;
        foreach (var tenant in (await store.ListPendingAsync(cancellationToken)).GroupBy(p => p.TenantId, StringComparer.Ordinal))
        {
            var snapshot = await LatestAsync(tenant.Key, cancellationToken);
            foreach (var pending in tenant)
            {
                posted += await CheckAsync(pending, snapshot, cancellationToken) ? 1 : 0;
            }
        }

        return posted;
    }

    private async Task<bool> CheckAsync(PendingConfirmation pending, SecureScoreSnapshot? snapshot, CancellationToken cancellationToken)
    {
        var score = snapshot?.ScoreOf(pending.ActionId);
        if (score is { } now && pending.Baseline is { } before && snapshot!.CreatedAt > pending.ResolvedAt && now > before + Epsilon)
        {
            return await PostOnceAsync(pending, now - before, cancellationToken);
        }

        if (time.GetUtcNow() - pending.ResolvedAt >= options.Value.NoChangeAfter)
        {
            return await PostOnceAsync(pending, null, cancellationToken);
        }

        if (pending.Baseline is null && score is not null)
        {
            await store.SavePendingAsync(pending with { Baseline = score }, cancellationToken);
        }

        return false;
    }

    private async Task<bool> PostOnceAsync(PendingConfirmation pending, double? points, CancellationToken cancellationToken)
    {
        var claimed = await claims.TryClaimAsync(ClaimScope, pending.Key + "|" + pending.ChangeKey, cancellationToken);
        if (claimed)
        {
            await announcer.AnnounceAsync(pending, points, cancellationToken);
            if (points is { } gained)
            {
                logger.PointsConfirmed(pending.TenantId, pending.ActionId, gained);
            }
            else
            {
                logger.NoChangeReported(pending.TenantId, pending.ActionId);
            }
        }
        else
        {
            logger.AlreadyConfirmed(pending.TenantId, pending.ActionId);
        }

        await store.DeletePendingAsync(pending, cancellationToken);
        return claimed;
    }

    private async Task<SecureScoreSnapshot?> LatestAsync(string tenantId, CancellationToken cancellationToken)
    {
        try
        {
            return await snapshots.GetLatestAsync(tenantId, cancellationToken);
        }
        catch (ImprovementActionsUnavailableException)
        {
            logger.SnapshotUnavailable(tenantId);
            return null;
        }
    }
}
