using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Tracking.Polling;

/// <summary>The delta poller's watermark per tenant and table.</summary>
internal interface IPollWatermarkStore
{
    Task<PollWatermark?> GetAsync(string tenantId, TicketTable table, CancellationToken cancellationToken);

    /// <summary>
    /// Saves <paramref name="watermark"/> if the stored one is still the one read (its <see cref="PollWatermark.ETag"/>);
    /// false when another writer got there first (the next cycle re-reads the window, nothing is lost).
    /// </summary>
    Task<bool> TrySaveAsync(string tenantId, PollWatermark watermark, CancellationToken cancellationToken);
}
