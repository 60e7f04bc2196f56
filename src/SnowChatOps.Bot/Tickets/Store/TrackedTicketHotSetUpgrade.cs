using System.Net;
using Azure;
using Azure.Data.Tables;
using SnowChatOps.Bot.Storage;

namespace SnowChatOps.Bot.Tickets.Store;

/// <summary>
/// The one-time move for stores written before the hot set existed: every ended ticket still in "TrackedTickets"
/// moves to the history and every tenant with an open ticket is indexed, then a marker row ends it. Safe to run on
/// several instances at once and to re-run after a crash (each step is idempotent; a row saved since the scan keeps
/// its place because the delete is conditional on the scanned ETag).
/// </summary>
internal sealed class TrackedTicketHotSetUpgrade(StorageTables tables, TrackedTicketTenantIndex index, ILogger<TrackedTicketHotSetUpgrade> logger)
{
    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (await index.IsUpgradedAsync(cancellationToken))
        {
            return;
        }

        var hot = await tables.GetAsync(TableTrackedTicketStore.TableName, cancellationToken);
        var ended = await tables.GetAsync(TableTrackedTicketStore.EndedTableName, cancellationToken);
        var indexed = new HashSet<string>(StringComparer.Ordinal);
        var moved = 0;
        await foreach (var row in hot.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
        {
            if (TrackedTicketRow.HasEnded(row))
            {
                await ended.UpsertEntityAsync(TrackedTicketRow.ToEntity(TrackedTicketRow.ToTicket(row)), TableUpdateMode.Replace, cancellationToken);
                moved += await TryDeleteAsync(hot, row, cancellationToken) ? 1 : 0;
            }
            else if (row.GetString("TenantId") is { Length: > 0 } tenant && indexed.Add(tenant))
            {
                await index.AddAsync(tenant, cancellationToken);
            }
        }

        await index.MarkUpgradedAsync(cancellationToken);
        logger.HotSetUpgraded(moved, indexed.Count);
    }

    private static async Task<bool> TryDeleteAsync(TableClient hot, TableEntity row, CancellationToken cancellationToken)
    {
        try
        {
            await hot.DeleteEntityAsync(row, row.ETag, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
        {
            return false; // saved again (its newer row decides) or already moved by another instance
        }
    }
}
