using SnowChatOps.Bot.Connection;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.ServiceNow.Errors;
using SnowChatOps.Bot.Tickets;
using SnowChatOps.Bot.Tracking.Changes;
using SnowChatOps.Bot.Tracking.Store;

namespace SnowChatOps.Bot.Tracking.Polling;

/// <summary>
/// One poll cycle: for every tenant with tracked tickets and a working connection, read each open tracked ticket
/// from ServiceNow and hand state changes to <see cref="StateChangeProcessor"/>. Strictly sequential (one ticket,
/// one conversation at a time), which keeps a burst of changes inside Teams' per-conversation rate limits.
/// A tenant whose ServiceNow fails is skipped for this cycle; the others continue.
/// </summary>
internal sealed class TicketStatePoller(
    TrackedTickets tracked, ServiceNowClient snow, IConnectionStore connections,
    ITrackingStore store, StateChangeProcessor processor, ILogger<TicketStatePoller> logger)
{
    public async Task<int> PollOnceAsync(CancellationToken cancellationToken)
    {
        var (tenantCount, ticketCount, changes) = (0, 0, 0);
        foreach (var tenantId in await tracked.ListTenantsAsync(cancellationToken))
        {
            if (await snow.GetInstanceAsync(tenantId, cancellationToken) is null)
            {
                continue;
            }

            tenantCount++;
            var open = (await tracked.ListAsync(tenantId, cancellationToken))
                .Where(t => TicketStates.Find(t.Table, t.LastKnownState)?.Open ?? true).ToList();
            ticketCount += open.Count;
            changes += await PollTenantAsync(tenantId, open, cancellationToken);
        }

        logger.Polled(tenantCount, ticketCount, changes);
        return changes;
    }

    private async Task<int> PollTenantAsync(string tenantId, IReadOnlyList<TrackedTicket> open, CancellationToken cancellationToken)
    {
        var changes = 0;
        try
        {
            await KeepInstanceIndexedAsync(tenantId, cancellationToken);
            foreach (var ticket in open)
            {
                if (await snow.GetTicketAsync(tenantId, ticket.Table, ticket.SysId, cancellationToken) is { } live
                    && await processor.ApplyAsync(ticket, ObservedState.From(live), "poll", cancellationToken))
                {
                    changes++;
                }
            }
        }
        catch (ServiceNowException ex)
        {
            logger.TenantPollFailed(tenantId, (int?)ex.StatusCode);
        }

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
