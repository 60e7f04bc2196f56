using Microsoft.Extensions.Options;

namespace SnowChatOps.Bot.Tracking.Polling;

/// <summary>
/// This instance's side of the per-tenant poll lease. The lease lasts 1.5 poll intervals and is renewed before each
/// table is read, so its holder keeps the tenant from cycle to cycle (one poll per interval across all instances) and
/// a crashed holder is taken over at most 1.5 intervals later.
/// </summary>
internal sealed class PollLease(IPollLeaseStore store, IOptions<TrackingOptions> options, TimeProvider time)
{
    /// <summary>Names this process as lease owner; unique per start, so a restarted instance waits out its old lease like any other.</summary>
    public string Owner { get; } = Environment.MachineName + "/" + Guid.NewGuid().ToString("N");

    public Task<bool> TryHoldAsync(string tenantId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return store.TryAcquireAsync(tenantId, Owner, now, now + (options.Value.PollInterval * 1.5), cancellationToken);
    }
}
