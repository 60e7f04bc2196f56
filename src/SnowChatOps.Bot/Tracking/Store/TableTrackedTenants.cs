using Azure.Data.Tables;
using SnowChatOps.Bot.Sharing.Tracked;
using SnowChatOps.Bot.Storage;

namespace SnowChatOps.Bot.Tracking.Store;

/// <summary>
/// Reads the distinct tenants of Sharing's "TrackedTickets" table (PartitionKey = tenant), selecting only the
/// TenantId column. ITrackedTicketStore has no cross-tenant listing; this is the read-only stand-in for one.
/// </summary>
internal sealed class TableTrackedTenants(StorageTables tables) : ITrackedTenants
{
    public async Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableTrackedTicketStore.TableName, cancellationToken);
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
}
