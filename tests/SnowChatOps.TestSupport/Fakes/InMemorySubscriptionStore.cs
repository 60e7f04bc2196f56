using System.Collections.Concurrent;
using SnowChatOps.Bot.Tracking.Subscriptions;

namespace SnowChatOps.TestSupport.Fakes;

/// <summary>The in-memory twin of TableSubscriptionStore; both pass SubscriptionStoreContract.</summary>
internal sealed class InMemorySubscriptionStore : ISubscriptionStore
{
    private readonly ConcurrentDictionary<(string Tenant, string Id), Subscription> rows = new();

    public Task<IReadOnlyList<Subscription>> ListAsync(string tenantId, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<Subscription>>(rows.Values.Where(s => s.TenantId == tenantId).OrderBy(s => s.Id, StringComparer.Ordinal).ToList());

    public Task SaveAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        rows[(subscription.TenantId, subscription.Id)] = subscription;
        return Task.CompletedTask;
    }

    public Task<bool> RemoveAsync(string tenantId, string id, CancellationToken cancellationToken)
        => Task.FromResult(rows.TryRemove((tenantId, id), out _));
}
