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

    public Task<IReadOnlyList<TrackedTicket>> ListAsync(string tenantId, CancellationToken cancellationToken) => store.ListAsync(tenantId, cancellationToken);

    public Task<IReadOnlyList<string>> ListTenantsAsync(CancellationToken cancellationToken) => store.ListTenantsAsync(cancellationToken);

    /// <summary>Remembers <paramref name="state"/> as the last one Teams was told about.</summary>
    public Task RecordStateAsync(TrackedTicket ticket, string state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return store.SaveAsync(ticket with { LastKnownState = state, UpdatedAt = time.GetUtcNow() }, cancellationToken);
    }
}
