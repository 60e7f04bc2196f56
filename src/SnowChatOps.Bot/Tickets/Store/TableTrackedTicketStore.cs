using Azure.Data.Tables;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Storage;

namespace SnowChatOps.Bot.Tickets.Store;

/// <summary>
/// Table "TrackedTickets": PartitionKey = tenant id (tracking works per tenant), RowKey = "table:sys_id" escaped
/// (sys_id is unique per table, and a webhook names both). Rows written before the card columns existed read
/// back with their defaults.
/// </summary>
internal sealed class TableTrackedTicketStore(StorageTables tables) : ITrackedTicketStore
{
    public const string TableName = "TrackedTickets";

    public async Task SaveAsync(TrackedTicket ticket, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var entity = new TableEntity(TableKey.Escape(ticket.TenantId), RowKey(ticket.Table, ticket.SysId))
        {
            ["TenantId"] = ticket.TenantId,
            ["Table"] = ticket.Table.ToTableName(),
            ["SysId"] = ticket.SysId,
            ["Number"] = ticket.Number,
            ["ActionId"] = ticket.ActionId,
            ["ConversationId"] = ticket.ConversationId,
            ["CardActivityId"] = ticket.CardActivityId,
            ["LastKnownState"] = ticket.LastKnownState,
            ["UpdatedAt"] = ticket.UpdatedAt,
            ["SharedBy"] = ticket.SharedBy,
            ["Title"] = ticket.Title,
            ["Locale"] = ticket.Locale,
            ["UtcOffsetMinutes"] = (int)ticket.UtcOffset.TotalMinutes,
        };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<TrackedTicket?> GetAsync(string tenantId, TicketTable table, string sysId, CancellationToken cancellationToken)
    {
        var client = await tables.GetAsync(TableName, cancellationToken);
        var response = await client.GetEntityIfExistsAsync<TableEntity>(TableKey.Escape(tenantId), RowKey(table, sysId), cancellationToken: cancellationToken);
        return response.HasValue ? ToTicket(response.Value!) : null;
    }

    public async Task<IReadOnlyList<TrackedTicket>> ListAsync(string tenantId, CancellationToken cancellationToken)
    {
        var client = await tables.GetAsync(TableName, cancellationToken);
        var partition = TableKey.Escape(tenantId);
        var found = new List<TrackedTicket>();
        await foreach (var entity in client.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            found.Add(ToTicket(entity));
        }

        return found;
    }

    /// <summary>A scan selecting only the TenantId column: one small row per ticket, no cross-tenant index to keep.</summary>
    public async Task<IReadOnlyList<string>> ListTenantsAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var tenants = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var row in table.QueryAsync<TableEntity>(select: ["TenantId"], cancellationToken: cancellationToken))
        {
            if (row.GetString("TenantId") is { Length: > 0 } tenant)
            {
                tenants.Add(tenant);
            }
        }

        return [.. tenants.Order(StringComparer.Ordinal)];
    }

    private static string RowKey(TicketTable table, string sysId) => TableKey.Escape($"{table.ToTableName()}:{sysId}");

    private static TrackedTicket ToTicket(TableEntity e) => new(
        e.GetString("TenantId")!,
        TicketTableNames.TryParse(e.GetString("Table"), out var table) ? table.Value : TicketTable.Incident,
        e.GetString("SysId")!,
        e.GetString("Number") ?? string.Empty,
        e.GetString("ActionId") ?? string.Empty,
        e.GetString("ConversationId") ?? string.Empty,
        e.GetString("CardActivityId"),
        e.GetString("LastKnownState") ?? string.Empty,
        e.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue)
    {
        SharedBy = e.GetString("SharedBy") ?? "-",
        Title = e.GetString("Title"),
        Locale = e.GetString("Locale") ?? "en-US",
        UtcOffset = TimeSpan.FromMinutes(e.GetInt32("UtcOffsetMinutes") ?? 0),
    };
}
