using Azure;
using Azure.Data.Tables;
using SnowChatOps.Bot.SecureScore;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Storage;

namespace SnowChatOps.Bot.Tracking.Subscriptions;

/// <summary>
/// Table "Subscriptions": PartitionKey = tenant id, RowKey = subscription id. One partition per tenant because every
/// read is "all of this tenant's subscriptions" (the router, on each notification; the card); a tenant has a
/// handful, so the partition query is one page. Filters are plain columns (empty = any), so rows stay readable.
/// </summary>
internal sealed class TableSubscriptionStore(StorageTables tables) : ISubscriptionStore
{
    public const string TableName = "Subscriptions";

    public async Task<IReadOnlyList<Subscription>> ListAsync(string tenantId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var list = new List<Subscription>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == TableKey.Escape(tenantId), cancellationToken: cancellationToken))
        {
            list.Add(ToSubscription(tenantId, row));
        }

        return list.OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
    }

    public async Task SaveAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var table = await tables.GetAsync(TableName, cancellationToken);
        var filter = subscription.Filter;
        var row = new TableEntity(TableKey.Escape(subscription.TenantId), subscription.Id)
        {
            ["ConversationId"] = subscription.ConversationId,
            ["ConversationType"] = subscription.ConversationType,
            ["Name"] = subscription.Name ?? string.Empty,
            ["Locale"] = subscription.Locale ?? string.Empty,
            ["TicketTable"] = filter.Table?.ToTableName() ?? string.Empty,
            ["MaxPriority"] = filter.MaxPriority ?? 0,
            ["States"] = string.Join(',', filter.States),
            ["Category"] = filter.Category?.ToString() ?? string.Empty,
        };
        await table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<bool> RemoveAsync(string tenantId, string id, CancellationToken cancellationToken)
    {
        // Delete answers success for a missing row too (the SDK swallows 404), so "was it there" is read first.
        var table = await tables.GetAsync(TableName, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(TableKey.Escape(tenantId), id, ["RowKey"], cancellationToken);
        if (!row.HasValue)
        {
            return false;
        }

        await table.DeleteEntityAsync(TableKey.Escape(tenantId), id, ETag.All, cancellationToken);
        return true;
    }

    private static Subscription ToSubscription(string tenantId, TableEntity e)
    {
        var filter = new SubscriptionFilter(
            TicketTableNames.TryParse(e.GetString("TicketTable"), out var t) ? t : null,
            e.GetInt32("MaxPriority") is > 0 and var p ? p : null,
            (e.GetString("States") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries),
            Enum.TryParse<ActionCategory>(e.GetString("Category"), out var c) ? c : null);
        return new Subscription(
            tenantId, e.RowKey, e.GetString("ConversationId") ?? string.Empty, e.GetString("ConversationType") ?? "personal",
            Empty(e.GetString("Name")), Empty(e.GetString("Locale")), filter);
    }

    private static string? Empty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
