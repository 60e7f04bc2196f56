using Azure;
using Azure.Data.Tables;
using SnowChatOps.Bot.Storage;

namespace SnowChatOps.Bot.Tracking.Outbox;

/// <summary>
/// Two tables. <c>OutboxPending</c>: PartitionKey = tenant, RowKey = change key + item id; a sweep's filter on
/// DueAt reads this table only, which holds nothing but unfinished work. <c>OutboxDone</c>: the same keys, one
/// small mark per finished item, never scanned (point reads only), so a replay of an old change writes nothing.
/// Claims are ETag-guarded updates (see docs/tracking.md for why a Table and not a Storage queue).
/// </summary>
internal sealed class TableOutboxStore(StorageTables tables) : IOutboxStore
{
    public const string PendingTable = "OutboxPending";
    public const string DoneTable = "OutboxDone";

    public async Task<OutboxItem?> AddAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        if (await IsDoneAsync(item, cancellationToken))
        {
            return null;
        }

        var pending = await tables.GetAsync(PendingTable, cancellationToken);
        try
        {
            var response = await pending.AddEntityAsync(OutboxEntity.From(item), cancellationToken);
            return item with { Version = response.Headers.ETag?.ToString() };
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return null;
        }
    }

    public async Task<IReadOnlyList<OutboxItem>> ListDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        var pending = await tables.GetAsync(PendingTable, cancellationToken);
        var due = new List<OutboxItem>(Math.Min(max, 100));
        await foreach (var entity in pending.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"DueAt le {now}"), maxPerPage: Math.Min(max, 1000), cancellationToken: cancellationToken))
        {
            due.Add(OutboxEntity.ToItem(entity));
            if (due.Count >= max)
            {
                break;
            }
        }

        return due;
    }

    public Task<OutboxItem?> TryClaimAsync(OutboxItem item, DateTimeOffset until, CancellationToken cancellationToken)
        => TryReplaceAsync(item with { DueAt = until, Attempts = item.Attempts + 1 }, cancellationToken);

    public async Task<bool> RescheduleAsync(OutboxItem item, DateTimeOffset dueAt, CancellationToken cancellationToken)
        => await TryReplaceAsync(item with { DueAt = dueAt }, cancellationToken) is not null;

    public async Task<bool> IsDoneAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        var done = await tables.GetAsync(DoneTable, cancellationToken);
        var mark = await done.GetEntityIfExistsAsync<TableEntity>(OutboxEntity.Partition(item), OutboxEntity.Row(item), ["Outcome"], cancellationToken);
        return mark.HasValue;
    }

    public async Task CompleteAsync(OutboxItem item, string outcome, CancellationToken cancellationToken)
    {
        var done = await tables.GetAsync(DoneTable, cancellationToken);
        try
        {
            await done.AddEntityAsync(new TableEntity(OutboxEntity.Partition(item), OutboxEntity.Row(item)) { ["Outcome"] = outcome }, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Finished before (by a replayed claim on another instance): the first outcome stays.
        }

        var pending = await tables.GetAsync(PendingTable, cancellationToken);
        try
        {
            await pending.DeleteEntityAsync(OutboxEntity.Partition(item), OutboxEntity.Row(item), ETag.All, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Already removed.
        }
    }

    private async Task<OutboxItem?> TryReplaceAsync(OutboxItem changed, CancellationToken cancellationToken)
    {
        var pending = await tables.GetAsync(PendingTable, cancellationToken);
        try
        {
            var response = await pending.UpdateEntityAsync(OutboxEntity.From(changed), new ETag(changed.Version!), TableUpdateMode.Replace, cancellationToken);
            return changed with { Version = response.Headers.ETag?.ToString() };
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return null;
        }
    }
}
