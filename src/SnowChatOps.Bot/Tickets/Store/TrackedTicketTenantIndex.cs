using System.Net;
using Azure;
using Azure.Data.Tables;
using SnowChatOps.Bot.Storage;

namespace SnowChatOps.Bot.Tickets.Store;

/// <summary>
/// Table "TrackedTicketTenants": PartitionKey "tenant", RowKey = tenant id escaped, one row per tenant with open
/// tracked tickets, so the poller lists tenants with one partition query instead of a scan of every ticket.
/// PartitionKey "upgrade" holds the marker of the one-time move of ended tickets out of the hot set.
/// </summary>
internal sealed class TrackedTicketTenantIndex(StorageTables tables)
{
    public const string TableName = "TrackedTicketTenants";
    private const string Tenants = "tenant";
    private const string Upgrades = "upgrade";
    private const string HotSetUpgrade = "hot-set-v1";

    /// <summary>Called after every save of an open ticket (after its row is written: see <see cref="ForgetIfNoneOpenAsync"/>).</summary>
    public async Task AddAsync(string tenantId, CancellationToken cancellationToken)
    {
        var index = await tables.GetAsync(TableName, cancellationToken);
        await index.UpsertEntityAsync(new TableEntity(Tenants, TableKey.Escape(tenantId)) { ["TenantId"] = tenantId }, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>
    /// Drops the tenant once its hot partition is empty. The delete is conditional on the ETag read before the check:
    /// an open ticket saved meanwhile rewrites the row (after writing its own), so the delete fails and the tenant stays.
    /// </summary>
    public async Task ForgetIfNoneOpenAsync(string tenantId, TableClient hot, CancellationToken cancellationToken)
    {
        var index = await tables.GetAsync(TableName, cancellationToken);
        var key = TableKey.Escape(tenantId);
        var row = await index.GetEntityIfExistsAsync<TableEntity>(Tenants, key, ["PartitionKey"], cancellationToken);
        if (!row.HasValue || await AnyAsync(hot, TrackedTicketRow.PartitionKey(tenantId), cancellationToken))
        {
            return;
        }

        try
        {
            await index.DeleteEntityAsync(Tenants, key, row.Value!.ETag, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.PreconditionFailed)
        {
            // An open ticket of this tenant was saved meanwhile: it stays indexed.
        }
    }

    public async Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken)
    {
        var index = await tables.GetAsync(TableName, cancellationToken);
        var tenants = new List<string>();
        await foreach (var row in index.QueryAsync<TableEntity>(e => e.PartitionKey == Tenants, select: ["TenantId"], cancellationToken: cancellationToken))
        {
            if (row.GetString("TenantId") is { Length: > 0 } tenant)
            {
                tenants.Add(tenant);
            }
        }

        return [.. tenants.Order(StringComparer.Ordinal)];
    }

    public async Task<bool> IsUpgradedAsync(CancellationToken cancellationToken)
    {
        var index = await tables.GetAsync(TableName, cancellationToken);
        return (await index.GetEntityIfExistsAsync<TableEntity>(Upgrades, HotSetUpgrade, ["PartitionKey"], cancellationToken)).HasValue;
    }

    public async Task MarkUpgradedAsync(CancellationToken cancellationToken)
    {
        var index = await tables.GetAsync(TableName, cancellationToken);
        await index.UpsertEntityAsync(new TableEntity(Upgrades, HotSetUpgrade), TableUpdateMode.Replace, cancellationToken);
    }

    private static async Task<bool> AnyAsync(TableClient hot, string partition, CancellationToken cancellationToken)
    {
        await foreach (var _ in hot.QueryAsync<TableEntity>(e => e.PartitionKey == partition, maxPerPage: 1, select: ["PartitionKey"], cancellationToken: cancellationToken))
        {
            return true;
        }

        return false;
    }
}
