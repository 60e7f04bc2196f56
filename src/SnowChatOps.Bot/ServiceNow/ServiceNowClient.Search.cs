namespace SnowChatOps.Bot.ServiceNow;

internal sealed partial class ServiceNowClient
{
    /// <summary>
    /// One page of tickets matching <paramref name="query"/> (<c>sysparm_limit</c> / <c>sysparm_offset</c>), for
    /// callers that page themselves, such as the compose-box search.
    /// </summary>
    public async Task<IReadOnlyList<Ticket>> SearchTicketsAsync(
        string tenantId, TicketTable table, EncodedQuery query, int limit, int offset, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        return (await ListPageAsync(tenantId, table, query, limit, offset, cancellationToken).ConfigureAwait(false)).Tickets;
    }
}
