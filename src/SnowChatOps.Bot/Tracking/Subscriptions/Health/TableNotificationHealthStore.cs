using System.Globalization;
using Azure;
using Azure.Data.Tables;
using SnowChatOps.Bot.Storage;

namespace SnowChatOps.Bot.Tracking.Subscriptions.Health;

/// <summary>
/// Table "NotificationHealth": PartitionKey = tenant id; RowKey = "t|" + target key (a subscription id or "own") for
/// delivery outcomes, "tenant" for the change sources. One partition query reads a tenant's whole health. Outcomes
/// are merged without ETags (last writer wins: each column is a latest timestamp, so a race loses nothing that
/// matters); the poll-first list is read-modify-write, where a lost race only undercounts a warning by one.
/// </summary>
internal sealed class TableNotificationHealthStore(StorageTables tables) : INotificationHealthStore
{
    public const string TableName = "NotificationHealth";
    private const string TenantRow = "tenant";
    private const string TargetPrefix = "t|";

    public async Task<NotificationHealth> GetAsync(string tenantId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var tenant = TenantHealth.Never;
        var targets = new Dictionary<string, SubscriptionHealth>(StringComparer.Ordinal);
        await foreach (var e in table.QueryAsync<TableEntity>(r => r.PartitionKey == TableKey.Escape(tenantId), cancellationToken: cancellationToken))
        {
            if (e.RowKey == TenantRow)
            {
                tenant = new TenantHealth(e.GetDateTimeOffset("WebhookAt"), e.GetDateTimeOffset("PollAt"), ParseTimes(e.GetString("PollFirst")));
            }
            else if (e.RowKey.StartsWith(TargetPrefix, StringComparison.Ordinal))
            {
                targets[e.RowKey[TargetPrefix.Length..]] = new SubscriptionHealth(
                    e.GetDateTimeOffset("DeliveredAt"), e.GetString("DeliveredTicket"), e.GetDateTimeOffset("FailedAt"), e.GetString("FailureReason"));
            }
        }

        return new NotificationHealth(tenant, targets);
    }

    public Task DeliveredAsync(string tenantId, string key, DateTimeOffset at, string ticketNumber, CancellationToken cancellationToken)
        => MergeAsync(tenantId, TargetPrefix + key, new() { ["DeliveredAt"] = at, ["DeliveredTicket"] = ticketNumber }, cancellationToken);

    public Task FailedAsync(string tenantId, string key, DateTimeOffset at, string reason, CancellationToken cancellationToken)
        => MergeAsync(tenantId, TargetPrefix + key, new() { ["FailedAt"] = at, ["FailureReason"] = reason }, cancellationToken);

    public Task WebhookReceivedAsync(string tenantId, DateTimeOffset at, CancellationToken cancellationToken)
        => MergeAsync(tenantId, TenantRow, new() { ["WebhookAt"] = at }, cancellationToken);

    public Task PolledAsync(string tenantId, DateTimeOffset at, CancellationToken cancellationToken)
        => MergeAsync(tenantId, TenantRow, new() { ["PollAt"] = at }, cancellationToken);

    public async Task PollFoundFirstAsync(string tenantId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(TableKey.Escape(tenantId), TenantRow, cancellationToken: cancellationToken);
        var times = row.HasValue ? ParseTimes(row.Value!.GetString("PollFirst")) : [];
        var kept = times.Prepend(at).OrderByDescending(t => t).Take(TenantHealth.MaxPollFirst);
        var text = string.Join(';', kept.Select(t => t.UtcTicks.ToString(CultureInfo.InvariantCulture)));
        await MergeAsync(tenantId, TenantRow, new() { ["PollFirst"] = text }, cancellationToken);
    }

    public async Task ForgetAsync(string tenantId, string key, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        // A missing row (never delivered anything) is no error: the SDK answers success.
        await table.DeleteEntityAsync(TableKey.Escape(tenantId), TableKey.Escape(TargetPrefix + key), ETag.All, cancellationToken);
    }

    private async Task MergeAsync(string tenantId, string rowKey, Dictionary<string, object> values, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        await table.UpsertEntityAsync(new TableEntity(values) { PartitionKey = TableKey.Escape(tenantId), RowKey = TableKey.Escape(rowKey) }, TableUpdateMode.Merge, cancellationToken);
    }

    private static List<DateTimeOffset> ParseTimes(string? raw) => (raw ?? string.Empty)
        .Split(';', StringSplitOptions.RemoveEmptyEntries)
        .Select(s => long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ticks) ? new DateTimeOffset(ticks, TimeSpan.Zero) : (DateTimeOffset?)null)
        .OfType<DateTimeOffset>()
        .ToList();
}
