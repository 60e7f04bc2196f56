using Azure;
using Azure.Data.Tables;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using SnowChatOps.Bot.Storage;

namespace SnowChatOps.Bot.Proactive;

/// <summary>
/// PartitionKey = tenant id (proactive work is always per tenant), RowKey = the escaped conversation id.
/// The Bot Framework reference is kept as its own JSON (Newtonsoft, as Bot Framework serializes it).
/// </summary>
internal sealed class TableConversationStore(StorageTables tables) : IConversationStore
{
    public const string TableName = "Conversations";

    public async Task SaveAsync(ConversationRecord record, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var entity = new TableEntity(TableKey.Escape(record.TenantId), TableKey.Escape(record.ConversationId))
        {
            ["ConversationId"] = record.ConversationId,
            ["ConversationType"] = record.ConversationType,
            ["UserAadObjectId"] = record.UserAadObjectId,
            ["Reference"] = JsonConvert.SerializeObject(record.Reference),
            ["Active"] = record.Active,
            ["UpdatedAt"] = record.UpdatedAt,
        };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<ConversationRecord?> GetAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var response = await table.GetEntityIfExistsAsync<TableEntity>(TableKey.Escape(tenantId), TableKey.Escape(conversationId), cancellationToken: cancellationToken);
        return response.HasValue ? ToRecord(tenantId, response.Value!) : null;
    }

    public async Task<ConversationRecord?> FindPersonalAsync(string tenantId, string userAadObjectId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var partition = TableKey.Escape(tenantId);
        await foreach (var entity in table.QueryAsync<TableEntity>(
            e => e.PartitionKey == partition && e["UserAadObjectId"] as string == userAadObjectId && e["ConversationType"] as string == "personal",
            cancellationToken: cancellationToken))
        {
            return ToRecord(tenantId, entity);
        }

        return null;
    }

    public async Task<bool> MarkSuspectAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var current = await table.GetEntityIfExistsAsync<TableEntity>(TableKey.Escape(tenantId), TableKey.Escape(conversationId), ["Active"], cancellationToken);
        if (!current.HasValue || current.Value!.GetBoolean("Active") == false)
        {
            return false;
        }

        var entity = new TableEntity(TableKey.Escape(tenantId), TableKey.Escape(conversationId)) { ["Active"] = false };
        try
        {
            await table.UpdateEntityAsync(entity, current.Value.ETag, TableUpdateMode.Merge, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return false; // another instance marked it (or it was removed) first
        }
    }

    public async Task MarkInactiveAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var entity = new TableEntity(TableKey.Escape(tenantId), TableKey.Escape(conversationId)) { ["Active"] = false };
        try
        {
            await table.UpdateEntityAsync(entity, ETag.All, TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Never stored: nothing to deactivate.
        }
    }

    private static ConversationRecord ToRecord(string tenantId, TableEntity entity) => new(
        tenantId,
        entity.GetString("ConversationId")!,
        entity.GetString("ConversationType") ?? string.Empty,
        entity.GetString("UserAadObjectId"),
        JsonConvert.DeserializeObject<ConversationReference>(entity.GetString("Reference")!)!,
        entity.GetBoolean("Active") ?? true,
        entity.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue);
}
