using Microsoft.Extensions.Options;
using SnowChatOps.Bot.SecureScore.Posture;
using SnowChatOps.Bot.SecureScore.Store;
using SnowChatOps.Bot.SecureScore.WriteBack;
using SnowChatOps.Bot.Tracking.Delivery;

namespace SnowChatOps.Bot.SecureScore.Confirmation;

/// <summary>
/// Starts and stops waiting for points: a resolved or closed ticket is remembered with its control's points at that
/// moment (from the latest snapshot, when readable); a ticket that is reopened or canceled is no longer waited for.
/// The offline catalog's sample snapshot never moves, so without Graph nothing is waited for.
/// </summary>
internal sealed class PointsConfirmations(
    ISecureScoreStore store, ISecureScoreSnapshotSource snapshots, IOptions<SecureScoreOptions> options, TimeProvider time,
    ILogger<PointsConfirmations> logger)
{
    public async Task FollowAsync(TicketChange change, TicketOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (options.Value.Source != ImprovementActionSourceKind.Graph)
        {
            return;
        }

        var ticket = change.Ticket;
        var pending = new PendingConfirmation(ticket.TenantId, ticket.Table, ticket.SysId, ticket.ActionId, change.Key, time.GetUtcNow(), null);
        if (outcome != TicketOutcome.Done)
        {
            await store.DeletePendingAsync(pending, cancellationToken);
            return;
        }

        var baseline = await PointsNowAsync(ticket.TenantId, ticket.ActionId, cancellationToken);
        logger.ConfirmationExpected(ticket.TenantId, ticket.ActionId, baseline);
        await store.SavePendingAsync(pending with { Baseline = baseline }, cancellationToken);
    }

    private async Task<double?> PointsNowAsync(string tenantId, string actionId, CancellationToken cancellationToken)
    {
        try
        {
            return (await snapshots.GetLatestAsync(tenantId, cancellationToken))?.ScoreOf(actionId);
        }
        catch (ImprovementActionsUnavailableException)
        {
            return null; // taken from the first snapshot the confirmation cycle reads
        }
    }
}
