using Azure;
using Azure.Data.Tables;

namespace SnowChatOps.Bot.Storage;

/// <summary>
/// PartitionKey = scope (e.g. "welcome", "webhook-event"), RowKey = the escaped key. An insert that finds the row
/// already there (409) means someone claimed it first; Table Storage makes that atomic across instances.
/// </summary>
internal sealed class TableIdempotencyStore(StorageTables tables, TimeProvider time) : IIdempotencyStore
{
    public const string TableName = "Claims";

    public async Task<bool> TryClaimAsync(string scope, string key, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var entity = new TableEntity(TableKey.Escape(scope), TableKey.Escape(key)) { ["ClaimedAt"] = time.GetUtcNow() };
        try
        {
            await table.AddEntityAsync(entity, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public async Task ReleaseAsync(string scope, string key, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        await table.DeleteEntityAsync(TableKey.Escape(scope), TableKey.Escape(key), ETag.All, cancellationToken);
    }
}
