using Azure;
using Azure.Data.Tables;
using SnowChatOps.Bot.Secrets;
using SnowChatOps.Bot.Storage;

namespace SnowChatOps.Bot.Tracking.Store;

/// <summary>
/// Table "Tracking": settings rows PartitionKey = tenant id, RowKey = "settings" (one per tenant, read by tenant);
/// index rows PartitionKey = "instance", RowKey = escaped instance key, TenantId column (a point read per webhook,
/// never a scan of the connections). The webhook secret is encrypted with Data Protection before it is written.
/// </summary>
internal sealed class TableTrackingStore(StorageTables tables, SecretProtector secrets) : ITrackingStore
{
    public const string TableName = "Tracking";
    private const string SettingsRow = "settings";
    private const string InstancePartition = "instance";

    public async Task<TenantTracking?> GetAsync(string tenantId, CancellationToken cancellationToken)
    {
        var entity = await ReadAsync(tenantId, cancellationToken);
        return entity is null ? null : ToTracking(tenantId, entity);
    }

    public async Task<string> EnsureWebhookSecretAsync(string tenantId, string instanceKey, string candidate, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        for (var attempt = 0; ; attempt++)
        {
            var entity = await ReadAsync(tenantId, cancellationToken);
            if (secrets.TryUnprotect(SecretKind.WebhookSecret, entity?.GetString("WebhookSecret")) is { } existing)
            {
                await IndexInstanceAsync(tenantId, instanceKey, cancellationToken);
                return existing;
            }

            var row = new TableEntity(TableKey.Escape(tenantId), SettingsRow) { ["WebhookSecret"] = secrets.Protect(SecretKind.WebhookSecret, candidate) };
            try
            {
                await (entity is null
                    ? table.AddEntityAsync(row, cancellationToken)
                    : table.UpdateEntityAsync(row, entity.ETag, TableUpdateMode.Merge, cancellationToken));
                await IndexInstanceAsync(tenantId, instanceKey, cancellationToken);
                return candidate;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < 3)
            {
                // Another admin stored a secret first: read theirs.
            }
        }
    }

    public async Task IndexInstanceAsync(string tenantId, string instanceKey, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var row = new TableEntity(InstancePartition, TableKey.Escape(instanceKey)) { ["TenantId"] = tenantId };
        await table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task SetNotificationConversationAsync(string tenantId, string? conversationId, string? locale, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        // Empty strings, not nulls: a merge ignores null properties, and clearing must overwrite the old value.
        var row = new TableEntity(TableKey.Escape(tenantId), SettingsRow)
        {
            ["NotificationConversationId"] = conversationId ?? string.Empty,
            ["NotificationLocale"] = locale ?? string.Empty,
        };
        await table.UpsertEntityAsync(row, TableUpdateMode.Merge, cancellationToken);
    }

    public async Task<string?> FindTenantByInstanceAsync(string instanceKey, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(InstancePartition, TableKey.Escape(instanceKey), cancellationToken: cancellationToken);
        return row.HasValue ? row.Value!.GetString("TenantId") : null;
    }

    private async Task<TableEntity?> ReadAsync(string tenantId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(TableKey.Escape(tenantId), SettingsRow, cancellationToken: cancellationToken);
        return row.HasValue ? row.Value : null;
    }

    private TenantTracking ToTracking(string tenantId, TableEntity e) => new(
        tenantId,
        secrets.TryUnprotect(SecretKind.WebhookSecret, e.GetString("WebhookSecret")),
        NullIfEmpty(e.GetString("NotificationConversationId")),
        NullIfEmpty(e.GetString("NotificationLocale")));

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
