using Microsoft.Extensions.Options;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Tickets;
using SnowChatOps.Bot.Tracking.Changes;
using SnowChatOps.Bot.Tracking.Subscriptions.Health;

namespace SnowChatOps.Bot.Tracking.Polling;

/// <summary>
/// The delta poll of one tenant's table: read the records SnowChatOps created whose <c>sys_updated_on</c> is at or
/// after (watermark - <see cref="TrackingOptions.PollOverlap"/>), skip versions (<c>sys_id</c> + <c>sys_mod_count</c>)
/// already processed, hand the rest to <see cref="StateChangeProcessor"/> (which ignores tickets we do not track and
/// versions that are no state change), then move the watermark to the newest <c>sys_updated_on</c> seen. The
/// watermark is only written after every record was processed: a crash or an outage re-reads the window, and the
/// processor's claim keeps that from notifying twice.
/// </summary>
internal sealed class TableDeltaPoll(
    ServiceNowClient snow, IPollWatermarkStore watermarks, TrackedTickets tracked, StateChangeProcessor processor, NotificationSources sources,
    IOptions<TrackingOptions> options, TimeProvider time, ILogger<TableDeltaPoll> logger)
{
    /// <summary>At most this many processed versions are remembered per table; older ones only cost a store look-up.</summary>
    public const int MaxSeen = 400;

    public async Task<DeltaPollResult> PollAsync(string tenantId, TicketTable table, CancellationToken cancellationToken)
    {
        var overlap = options.Value.PollOverlap;
        var mark = await watermarks.GetAsync(tenantId, table, cancellationToken) ?? await InitialAsync(tenantId, table, cancellationToken);
        var seen = mark.Seen.Select(v => (v.SysId, v.ModCount)).ToHashSet();
        var processed = new List<SeenVersion>(mark.Seen);
        var (newest, read, changes) = (mark.Since, 0, 0);
        await foreach (var ticket in snow.ListChangedSinceAsync(tenantId, table, mark.Since - overlap, cancellationToken))
        {
            read++;
            if (ticket.UpdatedOn is not { } updatedOn || !seen.Add((ticket.SysId, ticket.ModCount)))
            {
                continue;
            }

            if (await processor.ApplyAsync(tenantId, table, ticket.SysId, ObservedState.From(ticket), "poll", cancellationToken))
            {
                changes++;
                await sources.PollFoundFirstAsync(tenantId, cancellationToken);
            }

            processed.Add(new SeenVersion(ticket.SysId, ticket.ModCount, updatedOn));
            newest = updatedOn > newest ? updatedOn : newest;
        }

        var keep = processed.Where(v => v.UpdatedOn >= newest - overlap).OrderByDescending(v => v.UpdatedOn).Take(MaxSeen).ToList();
        if (!await watermarks.TrySaveAsync(tenantId, mark with { Since = newest, Seen = keep }, cancellationToken))
        {
            logger.WatermarkRaced(tenantId, table.ToTableName());
        }

        return new DeltaPollResult(read, changes);
    }

    // First poll of a table (or after an upgrade from the per-ticket poller): start where the oldest tracked ticket
    // was last recorded, so a change made while nothing polled is still found; with none tracked, start now.
    private async Task<PollWatermark> InitialAsync(string tenantId, TicketTable table, CancellationToken cancellationToken)
    {
        var oldest = (await tracked.ListOpenAsync(tenantId, cancellationToken))
            .Where(t => t.Table == table && (TicketStates.Find(t.Table, t.LastKnownState)?.Open ?? true))
            .Select(t => (DateTimeOffset?)t.UpdatedAt).Min();
        return new PollWatermark(table, oldest ?? time.GetUtcNow(), []);
    }
}
