namespace SnowChatOps.Bot.ServiceNow;

internal sealed partial class ServiceNowClient
{
    /// <summary>
    /// Every ticket SnowChatOps created in <paramref name="table"/> whose <c>sys_updated_on</c> is at or after
    /// <paramref name="since"/>, oldest first, paged with <c>sysparm_limit</c>/<c>sysparm_offset</c>. One request
    /// when nothing changed, however many tickets are tracked. The Table API compares a plain
    /// <c>yyyy-MM-dd HH:mm:ss</c> value in UTC (the API's stored-value format) without the UI's
    /// <c>javascript:gs.dateGenerate()</c> wrapper (ServiceNow docs, "Table API" and "Encoded query strings").
    /// <c>sys_id</c> breaks ties so paging is stable between records updated in the same second.
    /// </summary>
    public IAsyncEnumerable<Ticket> ListChangedSinceAsync(string tenantId, TicketTable table, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var query = EncodedQuery.Empty
            .Where("correlation_id").StartsWith(CorrelationIds.Prefix)
            .Where("sys_updated_on").AtLeast(ServiceNowDateTime.ToServiceNow(since))
            .OrderBy("sys_updated_on")
            .OrderBy("sys_id");
        return ListTicketsAsync(tenantId, table, query, cancellationToken: cancellationToken);
    }
}
