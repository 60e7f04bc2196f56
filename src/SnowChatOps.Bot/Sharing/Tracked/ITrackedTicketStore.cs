using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Sharing.Tracked;

/// <summary>Tickets shared from Teams, recorded for the tracking feature (state changes update their cards).</summary>
internal interface ITrackedTicketStore
{
    /// <summary>Inserts or replaces the ticket's row (saving the same ticket twice is harmless).</summary>
    Task SaveAsync(TrackedTicket ticket, CancellationToken cancellationToken);

    Task<TrackedTicket?> GetAsync(string tenantId, TicketTable table, string sysId, CancellationToken cancellationToken);

    Task<IReadOnlyList<TrackedTicket>> ListAsync(string tenantId, CancellationToken cancellationToken);
}
