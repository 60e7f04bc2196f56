using Azure.Data.Tables;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Storage;

namespace SnowChatOps.Bot.Tickets.Store;

/// <summary>
/// The hot set, table "TrackedTickets" (open tickets, Resolved included: it can reopen), and the history, table
/// "TrackedTicketsEnded" (Closed, Canceled), both keyed as <see cref="TrackedTicketRow"/> says; the tenants with open
/// tickets are in <see cref="TrackedTicketTenantIndex"/>, open ones with a due date in <see cref="TrackedTicketDueIndex"/>. A ticket that ends is written to the history first and
/// then deleted from the hot set, so a crash in between leaves it in both (never in neither); reads then take the
/// newer row, and the claim released by the failed save makes the poller apply the change again.
/// </summary>
internal sealed class TableTrackedTicketStore(
    StorageTables tables, TrackedTicketTenantIndex index, TrackedTicketHotSetUpgrade upgrade, TrackedTicketDueIndex dueIndex) : ITrackedTicketStore
{
    public const string TableName = "TrackedTickets";
    public const string EndedTableName = "TrackedTicketsEnded";

    public async Task SaveAsync(TrackedTicket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var hot = await tables.GetAsync(TableName, cancellationToken);
        var entity = TrackedTicketRow.ToEntity(ticket);
        if (!TicketStates.Ended(ticket.Table, ticket.LastKnownState))
        {
            await hot.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
            await index.AddAsync(ticket.TenantId, cancellationToken);
            if (ticket.DueAt is { } dueAt)
            {
                await dueIndex.AddAsync(ticket, dueAt, cancellationToken);
            }

            return;
        }

        var ended = await tables.GetAsync(EndedTableName, cancellationToken);
        await ended.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
        await hot.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, cancellationToken: cancellationToken); // 404 is no error here
        await index.ForgetIfNoneOpenAsync(ticket.TenantId, hot, cancellationToken);
        if (ticket.DueAt is { } due)
        {
            await dueIndex.RemoveAsync(new TrackedTicketDue(ticket.TenantId, ticket.Table, ticket.SysId, due), cancellationToken);
        }
    }

    public async Task<TrackedTicket?> GetAsync(string tenantId, TicketTable table, string sysId, CancellationToken cancellationToken)
    {
        var (partition, row) = (TrackedTicketRow.PartitionKey(tenantId), TrackedTicketRow.RowKey(table, sysId));
        var hot = await tables.GetAsync(TableName, cancellationToken);
        var open = await hot.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
        if (open.HasValue && !TrackedTicketRow.HasEnded(open.Value!))
        {
            return TrackedTicketRow.ToTicket(open.Value!);
        }

        var ended = await tables.GetAsync(EndedTableName, cancellationToken);
        var closed = await ended.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
        return Newer(open.HasValue ? TrackedTicketRow.ToTicket(open.Value!) : null, closed.HasValue ? TrackedTicketRow.ToTicket(closed.Value!) : null);
    }

    public async Task<IReadOnlyList<TrackedTicket>> ListAsync(string tenantId, CancellationToken cancellationToken)
    {
        var open = await ListAsync(TableName, tenantId, cancellationToken);
        var ended = await ListAsync(EndedTableName, tenantId, cancellationToken);
        return [.. open.Concat(ended).GroupBy(t => (t.Table, t.SysId)).Select(g => g.MaxBy(t => t.UpdatedAt)!)];
    }

    public Task<IReadOnlyList<TrackedTicket>> ListOpenAsync(string tenantId, CancellationToken cancellationToken)
        => ListAsync(TableName, tenantId, cancellationToken);

    public async Task<IReadOnlyList<string>> ListTenantsAsync(CancellationToken cancellationToken)
    {
        await upgrade.EnsureAsync(cancellationToken);
        return await index.ListAsync(cancellationToken);
    }

    public Task<IReadOnlyList<TrackedTicketDue>> ListDueByAsync(DateTimeOffset before, CancellationToken cancellationToken)
        => dueIndex.ListByAsync(before, cancellationToken);

    public Task ForgetDueAsync(TrackedTicketDue due, CancellationToken cancellationToken) => dueIndex.RemoveAsync(due, cancellationToken);

    private async Task<IReadOnlyList<TrackedTicket>> ListAsync(string tableName, string tenantId, CancellationToken cancellationToken)
    {
        var client = await tables.GetAsync(tableName, cancellationToken);
        var partition = TrackedTicketRow.PartitionKey(tenantId);
        var found = new List<TrackedTicket>();
        await foreach (var entity in client.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            found.Add(TrackedTicketRow.ToTicket(entity));
        }

        return found;
    }

    private static TrackedTicket? Newer(TrackedTicket? a, TrackedTicket? b)
        => a is null ? b : b is null ? a : (b.UpdatedAt > a.UpdatedAt ? b : a);
}
