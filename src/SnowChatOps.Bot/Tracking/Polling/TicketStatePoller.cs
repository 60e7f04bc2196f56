using SnowChatOps.Bot.Connection;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.ServiceNow.Errors;
using SnowChatOps.Bot.Tickets;
using SnowChatOps.Bot.Tracking.Store;
using SnowChatOps.Bot.Tracking.Subscriptions.Health;

namespace SnowChatOps.Bot.Tracking.Polling;

/// <summary>
/// One poll cycle: for every tenant with tracked tickets and a working connection, one delta query per ticket table
/// (<see cref="TableDeltaPoll"/>), so the cost is O(changed records), not O(tracked tickets). Changes go to the
/// processor one at a time, which keeps a burst inside Teams' per-conversation rate limits.
/// A tenant whose ServiceNow fails is skipped for this cycle (its watermark stays, so nothing is lost). Only the
/// instance holding the tenant's <see cref="PollLease"/> polls it, so N instances cost what one does.
/// </summary>
internal sealed class TicketStatePoller(
    TrackedTickets tracked, ServiceNowClient snow, IConnectionStore connections, ITrackingStore store, TableDeltaPoll delta,
    PollLease lease, NotificationSources sources, ILogger<TicketStatePoller> logger)
{
    private static readonly TicketTable[] Tables = [TicketTable.Incident, TicketTable.ChangeRequest];

    public async Task<int> PollOnceAsync(CancellationToken cancellationToken)
    {
        var (tenantCount, read, changes) = (0, 0, 0);
        foreach (var tenantId in await tracked.ListTenantsAsync(cancellationToken))
        {
            if (await snow.GetInstanceAsync(tenantId, cancellationToken) is null || !await lease.TryHoldAsync(tenantId, cancellationToken))
            {
                continue;
            }

            tenantCount++;
            try
            {
                await KeepInstanceIndexedAsync(tenantId, cancellationToken);
                foreach (var table in Tables)
                {
                    if (!await lease.TryHoldAsync(tenantId, cancellationToken))
                    {
                        logger.LeaseLost(tenantId);
                        break;
                    }

                    var result = await delta.PollAsync(tenantId, table, cancellationToken);
                    (read, changes) = (read + result.Read, changes + result.Changes);
                }

                await sources.PolledAsync(tenantId, cancellationToken);
            }
            catch (ServiceNowException ex)
            {
                logger.TenantPollFailed(tenantId, (int?)ex.StatusCode);
            }
        }

        logger.Polled(tenantCount, read, changes);
        return changes;
    }

    // The webhook finds its tenant through this index; keeping it fresh here means a re-pointed connection (or the
    // local emulator, which signs with the development secret) works without anyone running "notifications" again.
    private async Task KeepInstanceIndexedAsync(string tenantId, CancellationToken cancellationToken)
    {
        if (InstanceKey.Normalize((await connections.GetAsync(tenantId, cancellationToken))?.InstanceUrl) is { } instance
            && await store.FindTenantByInstanceAsync(instance, cancellationToken) != tenantId)
        {
            await store.IndexInstanceAsync(tenantId, instance, cancellationToken);
        }
    }
}
