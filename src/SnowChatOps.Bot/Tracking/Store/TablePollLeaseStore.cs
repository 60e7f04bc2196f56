using Azure;
using Azure.Data.Tables;
using SnowChatOps.Bot.Storage;
using SnowChatOps.Bot.Tracking.Polling;

namespace SnowChatOps.Bot.Tracking.Store;

/// <summary>
/// Table "TrackingLeases": PartitionKey = tenant id, RowKey = "poll" (a point read and one conditional write per
/// tenant per cycle). Insert when absent (409: someone else inserted first), replace with the read ETag otherwise
/// (412: someone else wrote in between). Expiry is compared with the caller's TimeProvider time, so instances need
/// clocks within a fraction of the lease duration of each other (App Service hosts are NTP-synchronised).
/// </summary>
internal sealed class TablePollLeaseStore(StorageTables tables) : IPollLeaseStore
{
    public const string TableName = "TrackingLeases";
    private const string Row = "poll";

    public async Task<bool> TryAcquireAsync(string tenantId, string owner, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var partition = TableKey.Escape(tenantId);
        var current = await table.GetEntityIfExistsAsync<TableEntity>(partition, Row, cancellationToken: cancellationToken);
        if (current.HasValue
            && current.Value!.GetString("Owner") != owner
            && current.Value.GetDateTimeOffset("ExpiresAt") is { } expiry && expiry > now)
        {
            return false;
        }

        var lease = new TableEntity(partition, Row) { ["Owner"] = owner, ["ExpiresAt"] = expiresAt };
        try
        {
            await (current.HasValue
                ? table.UpdateEntityAsync(lease, current.Value!.ETag, TableUpdateMode.Replace, cancellationToken)
                : table.AddEntityAsync(lease, cancellationToken));
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
    }
}
