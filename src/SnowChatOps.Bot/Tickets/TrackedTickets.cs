using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Tickets.Store;

namespace SnowChatOps.Bot.Tickets;

/// <summary>
/// The entry point to the tracked-ticket record for other features: Sharing starts tracking a ticket it created,
/// Tracking reads them and records the states it has notified. Nobody outside Tickets/ sees the store.
/// </summary>
internal sealed class TrackedTickets(ITrackedTicketStore store, TimeProvider time)
{
    public Task TrackAsync(TrackedTicket ticket, CancellationToken cancellationToken) => store.SaveAsync(ticket, cancellationToken);

    public Task<TrackedTicket?> GetAsync(string tenantId, TicketTable table, string sysId, CancellationToken cancellationToken)
        => store.GetAsync(tenantId, table, sysId, cancellationToken);

    /// <summary>All the tenant's tracked tickets, ended ones included (history: "tickets", "tickets-all", search).</summary>
    public Task<IReadOnlyList<TrackedTicket>> ListAsync(string tenantId, CancellationToken cancellationToken) => store.ListAsync(tenantId, cancellationToken);

    /// <summary>The tenant's open tickets only (the hot set): what per-cycle work reads.</summary>
    public Task<IReadOnlyList<TrackedTicket>> ListOpenAsync(string tenantId, CancellationToken cancellationToken) => store.ListOpenAsync(tenantId, cancellationToken);

    /// <summary>The tenants with open tracked tickets, from an index (no scan of the tickets).</summary>

    public Task<IReadOnlyList<string>> ListTenantsAsync(CancellationToken cancellationToken) => store.ListTenantsAsync(cancellationToken);

    /// <summary>
    /// Open tickets due at or before <paramref name="until"/> (all tenants), from the due-date index: the cost is the tickets due
    /// by then. Index rows whose ticket ended or whose due date moved are removed here, not returned.
    /// </summary>
    public async Task<IReadOnlyList<TrackedTicket>> ListDueByAsync(DateTimeOffset until, CancellationToken cancellationToken)
    {
        var due = new List<TrackedTicket>();
        foreach (var row in await store.ListDueByAsync(until, cancellationToken))
        {
            var ticket = await store.GetAsync(row.TenantId, row.Table, row.SysId, cancellationToken);
            if (ticket is { DueAt: { } at } && at == row.DueAt && !TicketStates.Ended(ticket.Table, ticket.LastKnownState))
            {
                due.Add(ticket);
            }
            else
            {
                await store.ForgetDueAsync(row, cancellationToken);
            }
        }

        return due;
    }

    /// <summary>Takes the ticket out of the due-date index (its last reminder is done); it is indexed again only when saved with a new due date.</summary>
    public Task ForgetDueAsync(TrackedTicket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return ticket.DueAt is { } at
            ? store.ForgetDueAsync(new TrackedTicketDue(ticket.TenantId, ticket.Table, ticket.SysId, at), cancellationToken)
            : Task.CompletedTask;
    }

    /// <summary>Remembers <paramref name="state"/> as the last one Teams was told about.</summary>
    /// <param name="modCount">The change's sys_mod_count when the observer had it; the stored one is kept otherwise.</param>
    public Task RecordStateAsync(TrackedTicket ticket, string state, int? modCount, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return store.SaveAsync(
            ticket with { LastKnownState = state, UpdatedAt = time.GetUtcNow(), LastModCount = modCount ?? ticket.LastModCount }, cancellationToken);
    }
}
