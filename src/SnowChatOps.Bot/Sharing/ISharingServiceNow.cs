using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Sharing;

/// <summary>
/// The part of ServiceNow that sharing needs, so turn tests can stand in a fake; in the app it is
/// <see cref="ServiceNowClient"/> (and its typed exceptions) behind <see cref="ServiceNowSharingGateway"/>.
/// </summary>
internal interface ISharingServiceNow
{
    /// <summary>The tenant's instance, or null when not connected or the connection needs reauthorization.</summary>
    Task<ServiceNowInstance?> GetInstanceAsync(string tenantId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Ticket>> FindOpenTicketsForActionAsync(string tenantId, string actionId, CancellationToken cancellationToken);

    Task<Ticket?> FindByCorrelationIdAsync(string tenantId, TicketTable table, string correlationId, CancellationToken cancellationToken);

    /// <summary>Creates the ticket; never retried here (callers look up by correlation id before retrying).</summary>
    Task<Ticket> CreateTicketAsync(string tenantId, NewTicket ticket, CancellationToken cancellationToken);
}
