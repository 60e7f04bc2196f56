using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Tickets;
using SnowChatOps.Bot.Tracking.Outbox;

namespace SnowChatOps.Bot.Tracking.Changes;

/// <summary>
/// The one place a state change becomes notifications, whoever saw it first. The change is written to the outbox
/// (keyed tenant + table:sys_id + new state + sys_mod_count) before anything is posted, then the ticket's last known
/// state is recorded, then the new items get their first attempt here (the sweep retries what is left). A crash at
/// any point leaves either nothing written (the webhook retry or the next poll sees the change again) or pending
/// items that the sweep delivers. A state equal to the last known one is no change, and so is one whose sys_mod_count
/// is not above the last accepted change's (a webhook retried or delivered late, after the ticket moved on).
/// </summary>
internal sealed class StateChangeProcessor(TrackedTickets tracked, OutboxWriter outbox, OutboxSender sender, ILogger<StateChangeProcessor> logger)
{
    /// <returns>True when this call accepted the change; false for untracked tickets, no change, or a change already accepted.</returns>
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

        if (observed.ModCount is { } count && ticket.LastModCount is { } last && count <= last)
        {
            logger.StaleChange(ticket.Number, observed.State, count, last);
            return false;
        }

        var key = $"{ticket.TenantId}|{ticket.Table.ToTableName()}:{ticket.SysId}|{observed.ChangeKey}";
        var written = await outbox.WriteAsync(ticket, observed, key, cancellationToken);
        await tracked.RecordStateAsync(ticket, observed.State, observed.ModCount, cancellationToken);
        if (written.Count == 0)
        {
            logger.AlreadyNotified(ticket.Number, observed.State);
            return false;
        }

        logger.StateChanged(ticket.Number, ticket.LastKnownState, observed.State, source);
        await sender.SendAsync(written, cancellationToken);
        return true;
    }
}
