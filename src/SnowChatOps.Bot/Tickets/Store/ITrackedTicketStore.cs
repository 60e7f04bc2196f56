using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Tickets.Store;

/// <summary>Tickets shared from Teams. Only Tickets/ uses it; other features go through <see cref="TrackedTickets"/>.</summary>
internal interface ITrackedTicketStore
{
    /// <summary>Inserts or replaces the ticket's row (saving the same ticket twice is harmless).</summary>
    Task SaveAsync(TrackedTicket ticket, CancellationToken cancellationToken);

    Task<TrackedTicket?> GetAsync(string tenantId, TicketTable table, string sysId, CancellationToken cancellationToken);

    Task<IReadOnlyList<TrackedTicket>> ListAsync(string tenantId, CancellationToken cancellationToken);

    /// <summary>The distinct tenants that have tracked tickets (the poller's list of whom to poll), ordered.</summary>
    Task<IReadOnlyList<string>> ListTenantsAsync(CancellationToken cancellationToken);
}
