using System.Globalization;
using Azure;
using Azure.Data.Tables;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Storage;
using SnowChatOps.Bot.Tracking.Polling;

namespace SnowChatOps.Bot.Tracking.Store;

/// <summary>
/// Table "TrackingWatermarks": PartitionKey = tenant id, RowKey = ticket table name (one row per delta query, read
/// and written once per cycle). Seen versions are one string column "sys_id|mod_count|ticks;..." capped at
/// <see cref="MaxSeen"/> (newest kept) to stay far below the 64 KiB property limit; a version that falls off the
/// list only costs one tracked-ticket look-up when re-read, never a second notification (the processor's claim).
/// </summary>
internal sealed class TablePollWatermarkStore(StorageTables tables) : IPollWatermarkStore
{
    public const string TableName = "TrackingWatermarks";
    public const int MaxSeen = 400;

    public async Task<PollWatermark?> GetAsync(string tenantId, TicketTable table, CancellationToken cancellationToken)
    {
        var client = await tables.GetAsync(TableName, cancellationToken);
        var row = await client.GetEntityIfExistsAsync<TableEntity>(TableKey.Escape(tenantId), table.ToTableName(), cancellationToken: cancellationToken);
        if (!row.HasValue || row.Value!.GetDateTimeOffset("Since") is not { } since)
        {
            return null;
        }

        return new PollWatermark(table, since, ParseSeen(row.Value.GetString("Seen")), row.Value.ETag.ToString());
    }

    public async Task<bool> TrySaveAsync(string tenantId, PollWatermark watermark, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(watermark);
        var client = await tables.GetAsync(TableName, cancellationToken);
        var entity = new TableEntity(TableKey.Escape(tenantId), watermark.Table.ToTableName())
        {
            ["Since"] = watermark.Since,
            ["Seen"] = FormatSeen(watermark.Seen),
        };
        try
        {
            await (watermark.ETag is null
                ? client.AddEntityAsync(entity, cancellationToken)
                : client.UpdateEntityAsync(entity, new ETag(watermark.ETag), TableUpdateMode.Replace, cancellationToken));
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
    }

    private static string FormatSeen(IReadOnlyList<SeenVersion> seen) => string.Join(';', seen
        .OrderByDescending(v => v.UpdatedOn).Take(MaxSeen)
        .Select(v => string.Create(CultureInfo.InvariantCulture, $"{v.SysId}|{v.ModCount}|{v.UpdatedOn.UtcTicks}")));

    private static List<SeenVersion> ParseSeen(string? raw)
    {
        var seen = new List<SeenVersion>();
        foreach (var item in (raw ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            if (item.Split('|') is [var sysId, var mod, var ticks]
                && int.TryParse(mod, NumberStyles.Integer, CultureInfo.InvariantCulture, out var modCount)
                && long.TryParse(ticks, NumberStyles.Integer, CultureInfo.InvariantCulture, out var utcTicks))
            {
                seen.Add(new SeenVersion(sysId, modCount, new DateTimeOffset(utcTicks, TimeSpan.Zero)));
            }
        }

        return seen;
    }
}
