using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Tickets.Store;

/// <summary>
/// Tickets shared from Teams. Only Tickets/ uses it; other features go through <see cref="TrackedTickets"/>.
/// Open tickets form the hot set; a ticket saved in an ended state (<see cref="TicketStates.Ended"/>) moves to the
/// history, so what a poll cycle reads grows with open tickets only. Open tickets with a due date are also in a due-date index.
/// </summary>
internal interface ITrackedTicketStore
{
    /// <summary>Inserts or replaces the ticket's row (saving the same ticket twice is harmless); an ended one moves to the history.</summary>
    Task SaveAsync(TrackedTicket ticket, CancellationToken cancellationToken);

    /// <summary>The ticket, open or ended.</summary>
    Task<TrackedTicket?> GetAsync(string tenantId, TicketTable table, string sysId, CancellationToken cancellationToken);

    /// <summary>All the tenant's tickets, open and ended (the "tickets-all" history).</summary>
    Task<IReadOnlyList<TrackedTicket>> ListAsync(string tenantId, CancellationToken cancellationToken);

    /// <summary>The tenant's open tickets only (the hot set).</summary>
    Task<IReadOnlyList<TrackedTicket>> ListOpenAsync(string tenantId, CancellationToken cancellationToken);

    /// <summary>The tenants that have open tickets (the poller's list of whom to poll), ordered; read from an index, not a scan.</summary>
    Task<IReadOnlyList<string>> ListTenantsAsync(CancellationToken cancellationToken);

    /// <summary>Open tickets indexed as due at or before <paramref name="until"/>, all tenants (an index range, not a scan); may hold stale rows.</summary>
    Task<IReadOnlyList<TrackedTicketDue>> ListDueByAsync(DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>Removes the ticket's due-index row (its reminders are done, or the row is stale).</summary>
    Task ForgetDueAsync(TrackedTicketDue due, CancellationToken cancellationToken);
}
