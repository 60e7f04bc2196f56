using System.Collections.Concurrent;
using SnowChatOps.Bot.Tracking.Subscriptions.Health;

namespace SnowChatOps.TestSupport.Fakes;

/// <summary>The in-memory twin of TableNotificationHealthStore; both pass NotificationHealthStoreContract.</summary>
internal sealed class InMemoryNotificationHealthStore : INotificationHealthStore
{
    private readonly ConcurrentDictionary<string, TenantHealth> tenants = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Tenant, string Key), SubscriptionHealth> targets = new();

    public Task<NotificationHealth> GetAsync(string tenantId, CancellationToken cancellationToken)
        => Task.FromResult(new NotificationHealth(
            tenants.GetValueOrDefault(tenantId) ?? TenantHealth.Never,
            targets.Where(t => t.Key.Tenant == tenantId).ToDictionary(t => t.Key.Key, t => t.Value, StringComparer.Ordinal)));

    public Task DeliveredAsync(string tenantId, string key, DateTimeOffset at, string ticketNumber, CancellationToken cancellationToken)
        => Target(tenantId, key, h => h with { DeliveredAt = at, DeliveredTicket = ticketNumber });

    public Task FailedAsync(string tenantId, string key, DateTimeOffset at, string reason, CancellationToken cancellationToken)
        => Target(tenantId, key, h => h with { FailedAt = at, FailureReason = reason });

    public Task WebhookReceivedAsync(string tenantId, DateTimeOffset at, CancellationToken cancellationToken) => Tenant(tenantId, t => t with { WebhookAt = at });

    public Task PolledAsync(string tenantId, DateTimeOffset at, CancellationToken cancellationToken) => Tenant(tenantId, t => t with { PollAt = at });

    public Task PollFoundFirstAsync(string tenantId, DateTimeOffset at, CancellationToken cancellationToken)
        => Tenant(tenantId, t => t with { PollFirst = t.PollFirst.Prepend(at).OrderByDescending(x => x).Take(TenantHealth.MaxPollFirst).ToList() });

    public Task ForgetAsync(string tenantId, string key, CancellationToken cancellationToken)
    {
        targets.TryRemove((tenantId, key), out _);
        return Task.CompletedTask;
    }

    private Task Target(string tenantId, string key, Func<SubscriptionHealth, SubscriptionHealth> change)
    {
        targets.AddOrUpdate((tenantId, key), _ => change(SubscriptionHealth.Never), (_, current) => change(current));
        return Task.CompletedTask;
    }

    private Task Tenant(string tenantId, Func<TenantHealth, TenantHealth> change)
    {
        tenants.AddOrUpdate(tenantId, _ => change(TenantHealth.Never), (_, current) => change(current));
        return Task.CompletedTask;
    }
}
