using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Storage;
using SnowChatOps.Bot.Tickets;

namespace SnowChatOps.Bot.Tracking.Changes;

/// <summary>
/// The one place a state change becomes a notification, whoever saw it first. Exactly once per change: the claim
/// key is tenant + table:sys_id + new state + sys_updated_on, and a state equal to the last known one is no change.
/// </summary>
internal sealed class StateChangeProcessor(
    TrackedTickets tracked, IIdempotencyStore claims, TicketNotifier notifier, IEnumerable<Delivery.ITicketChangeHandler> handlers, ILogger<StateChangeProcessor> logger)
{
    public const string ClaimScope = "ticket-state";

    /// <returns>True when this call notified the change; false for untracked tickets, no change, or a change already handled.</returns>
    public async Task<bool> ApplyAsync(string tenantId, TicketTable table, string sysId, ObservedState observed, string source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(observed);
        var ticket = await tracked.GetAsync(tenantId, table, sysId, cancellationToken);
        return ticket is not null && await ApplyAsync(ticket, observed, source, cancellationToken);
    }

    public async Task<bool> ApplyAsync(TrackedTicket ticket, ObservedState observed, string source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(observed);
        if (observed.State == ticket.LastKnownState)
        {
            return false;
        }

        var key = $"{ticket.TenantId}|{ticket.Table.ToTableName()}:{ticket.SysId}|{observed.State}|{observed.UpdatedOn}";
        if (!await claims.TryClaimAsync(ClaimScope, key, cancellationToken))
        {
            logger.AlreadyNotified(ticket.Number, observed.State);
            return false;
        }

        var notified = false;
        try
        {
            logger.StateChanged(ticket.Number, ticket.LastKnownState, observed.State, source);
            await notifier.NotifyAsync(ticket, observed, cancellationToken);
            await tracked.RecordStateAsync(ticket, observed.State, cancellationToken);
            notified = true;
            foreach (var handler in handlers) { await handler.OnChangedAsync(new Delivery.TicketChange(ticket, ticket.LastKnownState, observed.State, observed.UpdatedBy, key), cancellationToken); } // score branch; the outbox calls these durably
        }
        finally
        {
            if (!notified)
            {
                // Nobody was told: let the next webhook retry or poll try again.
                await claims.ReleaseAsync(ClaimScope, key, CancellationToken.None);
            }
        }

        return true;
    }
}
