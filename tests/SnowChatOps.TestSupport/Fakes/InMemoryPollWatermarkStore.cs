using System.Collections.Concurrent;
using System.Globalization;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Tracking.Polling;

namespace SnowChatOps.TestSupport.Fakes;

/// <summary>The in-memory twin of TablePollWatermarkStore; both pass PollWatermarkStoreContract.</summary>
internal sealed class InMemoryPollWatermarkStore : IPollWatermarkStore
{
    private readonly ConcurrentDictionary<(string, TicketTable), PollWatermark> rows = new();
    private int version;

    public Task<PollWatermark?> GetAsync(string tenantId, TicketTable table, CancellationToken cancellationToken)
        => Task.FromResult(rows.GetValueOrDefault((tenantId, table)));

    public Task<bool> TrySaveAsync(string tenantId, PollWatermark watermark, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(watermark);
        var next = watermark with { ETag = Interlocked.Increment(ref version).ToString(CultureInfo.InvariantCulture) };
        var key = (tenantId, watermark.Table);
        var saved = watermark.ETag is null
            ? rows.TryAdd(key, next)
            : rows.TryGetValue(key, out var current) && current.ETag == watermark.ETag && rows.TryUpdate(key, next, current);
        return Task.FromResult(saved);
    }
}
