using System.Globalization;
using Azure;
using Azure.Data.Tables;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Storage;

namespace SnowChatOps.Bot.Tickets.Store;

/// <summary>
/// Table "TrackedTicketsDue": open tickets with a due date, PartitionKey "due", RowKey = due instant as 19-digit UTC ticks,
/// then the escaped tenant|table:sys_id. Ordered by due date, so "due by X" is one range query over exactly the
/// tickets due by then (due-date reminders read it every cycle; the cost is the tickets due soon, not all tickets).
/// A row is removed when its ticket ends or its last reminder is done; a row left behind by a changed due date is
/// found stale by <see cref="TrackedTickets.ListDueByAsync"/> and removed there.
/// </summary>
internal sealed class TrackedTicketDueIndex(StorageTables tables)
{
    public const string TableName = "TrackedTicketsDue";
    private const string Partition = "due";

    public async Task AddAsync(TrackedTicket ticket, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        var index = await tables.GetAsync(TableName, cancellationToken);
        await index.UpsertEntityAsync(new TableEntity(Partition, RowKey(ticket.TenantId, ticket.Table, ticket.SysId, dueAt))
        {
            ["TenantId"] = ticket.TenantId, ["Table"] = ticket.Table.ToTableName(), ["SysId"] = ticket.SysId, ["DueAt"] = dueAt,
        }, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task RemoveAsync(TrackedTicketDue due, CancellationToken cancellationToken)
    {
        var index = await tables.GetAsync(TableName, cancellationToken);
        try
        {
            await index.DeleteEntityAsync(Partition, RowKey(due.TenantId, due.Table, due.SysId, due.DueAt), ETag.All, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Already removed (another instance, or the ticket ended meanwhile).
        }
    }

    /// <summary>Rows due at or before <paramref name="until"/>.</summary>
    public async Task<IReadOnlyList<TrackedTicketDue>> ListByAsync(DateTimeOffset until, CancellationToken cancellationToken)
    {
        var index = await tables.GetAsync(TableName, cancellationToken);
        var upper = Ticks(until.AddTicks(1)); // fixed-width ticks: every row due at or before 'until' sorts below
        var found = new List<TrackedTicketDue>();
        await foreach (var row in index.QueryAsync<TableEntity>(e => e.PartitionKey == Partition && e.RowKey.CompareTo(upper) < 0, cancellationToken: cancellationToken))
        {
            if (TicketTableNames.TryParse(row.GetString("Table"), out var table) && row.GetDateTimeOffset("DueAt") is { } dueAt)
            {
                found.Add(new TrackedTicketDue(row.GetString("TenantId") ?? string.Empty, table.Value, row.GetString("SysId") ?? string.Empty, dueAt));
            }
        }

        return found;
    }

    private static string RowKey(string tenantId, TicketTable table, string sysId, DateTimeOffset dueAt) =>
        Ticks(dueAt) + "|" + TableKey.Escape($"{tenantId}|{table.ToTableName()}:{sysId}");

    private static string Ticks(DateTimeOffset at) => at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);
}
