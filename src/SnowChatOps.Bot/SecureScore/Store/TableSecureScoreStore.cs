using Azure;
using Azure.Data.Tables;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Storage;

namespace SnowChatOps.Bot.SecureScore.Store;

/// <summary>
/// Table "SecureScore". Per tenant (PartitionKey = escaped tenant id): RowKey "settings", and "write|{control}" for
/// the last write per control (point reads). Pending confirmations share one partition, "pending", RowKey = escaped
/// tenant|table:sys_id, so the confirmation cycle reads exactly the pending rows with one partition query. Tenants with a
/// score-drop threshold are listed in partition "alerts" (RowKey = escaped tenant id), so the alert check reads only them.
/// A conversation's time zone for the digest is "tz|{conversation}" in the tenant's partition (one range query per tenant).
/// Last writer wins: every row is written by one idempotent step that a claim or a change key already guards.
/// </summary>
internal sealed class TableSecureScoreStore(StorageTables tables) : ISecureScoreStore
{
    public const string TableName = "SecureScore";
    private const string SettingsRow = "settings";
    private const string PendingPartition = "pending";
    private const string AlertsPartition = "alerts";
    private const string TimeZonePrefix = "tz|";

    public async Task<SecureScoreSettings> GetSettingsAsync(string tenantId, CancellationToken cancellationToken)
    {
        var row = await GetAsync(TableKey.Escape(tenantId), SettingsRow, cancellationToken);
        return row is null ? new SecureScoreSettings(tenantId) : new SecureScoreSettings(tenantId)
        {
            WriteBack = row.GetBoolean("WriteBack") ?? false,
            ResolvedState = row.GetString("ResolvedState") ?? WriteBack.ControlStates.ThirdParty,
            DropThreshold = row.GetDouble("DropThreshold"),
            Quiet = QuietHours.TryParse(row.GetString("QuietFrom"), row.GetString("QuietTo"), out var quiet) ? quiet : null,
            LastFailure = row.GetString("LastFailure"),
            LastFailureAt = row.GetDateTimeOffset("LastFailureAt"),
        };
    }

    public async Task SaveSettingsAsync(SecureScoreSettings settings, CancellationToken cancellationToken)
    {
        await UpsertAsync(new TableEntity(TableKey.Escape(settings.TenantId), SettingsRow)
        {
            ["WriteBack"] = settings.WriteBack, ["ResolvedState"] = settings.ResolvedState, ["DropThreshold"] = settings.DropThreshold,
            ["QuietFrom"] = QuietHours.Text(settings.Quiet?.From), ["QuietTo"] = QuietHours.Text(settings.Quiet?.To),
            ["LastFailure"] = settings.LastFailure, ["LastFailureAt"] = settings.LastFailureAt,
        }, cancellationToken);
        if (settings.DropThreshold is not null)
        {
            await UpsertAsync(new TableEntity(AlertsPartition, TableKey.Escape(settings.TenantId)) { ["TenantId"] = settings.TenantId }, cancellationToken);
        }
        else
        {
            await DeleteAsync(AlertsPartition, TableKey.Escape(settings.TenantId), cancellationToken);
        }
    }

    public async Task<IReadOnlyList<string>> ListAlertTenantsAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var tenants = new List<string>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == AlertsPartition, cancellationToken: cancellationToken))
        {
            if (row.GetString("TenantId") is { Length: > 0 } tenant)
            {
                tenants.Add(tenant);
            }
        }

        return tenants;
    }

    public Task SaveTimeZoneAsync(string tenantId, string conversationId, string timeZone, CancellationToken cancellationToken) =>
        UpsertAsync(new TableEntity(TableKey.Escape(tenantId), TimeZonePrefix + TableKey.Escape(conversationId))
        {
            ["ConversationId"] = conversationId, ["TimeZone"] = timeZone,
        }, cancellationToken);

    public async Task<IReadOnlyDictionary<string, string>> ListTimeZonesAsync(string tenantId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var (partition, end) = (TableKey.Escape(tenantId), "tz}"); // '}' sorts right after '|'
        var zones = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var row in table.QueryAsync<TableEntity>(
            e => e.PartitionKey == partition && e.RowKey.CompareTo(TimeZonePrefix) >= 0 && e.RowKey.CompareTo(end) < 0, cancellationToken: cancellationToken))
        {
            if (row.GetString("ConversationId") is { Length: > 0 } conversation && row.GetString("TimeZone") is { Length: > 0 } zone)
            {
                zones[conversation] = zone;
            }
        }

        return zones;
    }

    public async Task<ControlWrite?> GetWriteAsync(string tenantId, string controlId, CancellationToken cancellationToken)
    {
        var row = await GetAsync(TableKey.Escape(tenantId), WriteRow(controlId), cancellationToken);
        return row is null ? null : new ControlWrite(
            tenantId, controlId, row.GetString("State"), row.GetString("Comment") ?? string.Empty, row.GetString("ChangeKey") ?? string.Empty,
            row.GetDateTimeOffset("WrittenAt") ?? DateTimeOffset.MinValue);
    }

    public Task SaveWriteAsync(ControlWrite write, CancellationToken cancellationToken) => UpsertAsync(new TableEntity(TableKey.Escape(write.TenantId), WriteRow(write.ControlId))
    {
        ["State"] = write.State, ["Comment"] = write.Comment, ["ChangeKey"] = write.ChangeKey, ["WrittenAt"] = write.WrittenAt,
    }, cancellationToken);

    public Task SavePendingAsync(PendingConfirmation pending, CancellationToken cancellationToken) => UpsertAsync(new TableEntity(PendingPartition, TableKey.Escape(pending.Key))
    {
        ["TenantId"] = pending.TenantId, ["Table"] = pending.Table.ToTableName(), ["SysId"] = pending.SysId, ["ActionId"] = pending.ActionId,
        ["ChangeKey"] = pending.ChangeKey, ["ResolvedAt"] = pending.ResolvedAt, ["Baseline"] = pending.Baseline,
    }, cancellationToken);

    public async Task<IReadOnlyList<PendingConfirmation>> ListPendingAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var pending = new List<PendingConfirmation>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == PendingPartition, cancellationToken: cancellationToken))
        {
            if (TicketTableNames.TryParse(row.GetString("Table"), out var ticketTable))
            {
                pending.Add(new PendingConfirmation(
                    row.GetString("TenantId") ?? string.Empty, ticketTable.Value, row.GetString("SysId") ?? string.Empty, row.GetString("ActionId") ?? string.Empty,
                    row.GetString("ChangeKey") ?? string.Empty, row.GetDateTimeOffset("ResolvedAt") ?? DateTimeOffset.MinValue, row.GetDouble("Baseline")));
            }
        }

        return pending;
    }

    public Task DeletePendingAsync(PendingConfirmation pending, CancellationToken cancellationToken) =>
        DeleteAsync(PendingPartition, TableKey.Escape(pending.Key), cancellationToken);

    private async Task DeleteAsync(string partition, string row, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        try
        {
            await table.DeleteEntityAsync(partition, row, ETag.All, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Already gone (another instance confirmed it first, or the tenant had no alert).
        }
    }

    private static string WriteRow(string controlId) => "write|" + TableKey.Escape(controlId.ToUpperInvariant());

    private async Task<TableEntity?> GetAsync(string partition, string row, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    private async Task UpsertAsync(TableEntity entity, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }
}
