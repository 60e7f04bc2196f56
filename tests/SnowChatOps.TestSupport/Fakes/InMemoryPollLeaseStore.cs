using System.Collections.Concurrent;
using SnowChatOps.Bot.Tracking.Polling;

namespace SnowChatOps.TestSupport.Fakes;

/// <summary>The in-memory twin of TablePollLeaseStore; both pass PollLeaseStoreContract.</summary>
internal sealed class InMemoryPollLeaseStore : IPollLeaseStore
{
    private readonly ConcurrentDictionary<string, (string Owner, DateTimeOffset ExpiresAt)> leases = new(StringComparer.Ordinal);

    public Task<bool> TryAcquireAsync(string tenantId, string owner, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (!leases.TryGetValue(tenantId, out var current))
            {
                if (leases.TryAdd(tenantId, (owner, expiresAt)))
                {
                    return Task.FromResult(true);
                }

                continue;
            }

            if (current.Owner != owner && current.ExpiresAt > now)
            {
                return Task.FromResult(false);
            }

            return Task.FromResult(leases.TryUpdate(tenantId, (owner, expiresAt), current));
        }
    }
}
