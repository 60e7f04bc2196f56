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

    /// <summary>
    /// The tickets of <paramref name="table"/> with these sys_ids, in one request (<c>sys_idIN…</c>) instead of one GET
    /// each; a deleted record, or one an ACL hides from the integration user, is simply absent. No request for none.
    /// </summary>
    public async Task<IReadOnlyList<Ticket>> GetTicketsAsync(
        string tenantId, TicketTable table, IReadOnlyCollection<string> sysIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sysIds);
        return sysIds.Count == 0
            ? []
            : await SearchTicketsAsync(tenantId, table, EncodedQuery.Empty.Where("sys_id").In(sysIds), sysIds.Count, 0, cancellationToken).ConfigureAwait(false);
    }
}
