using System.Collections.Concurrent;
using SnowChatOps.Bot.Tracking.Store;

namespace SnowChatOps.TestSupport.Fakes;

/// <summary>The in-memory twin of TableTrackingStore; both pass TrackingStoreContract.</summary>
internal sealed class InMemoryTrackingStore : ITrackingStore
{
    private readonly ConcurrentDictionary<string, TenantTracking> tenants = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> instances = new(StringComparer.Ordinal);

    public Task<TenantTracking?> GetAsync(string tenantId, CancellationToken cancellationToken)
        => Task.FromResult(tenants.GetValueOrDefault(tenantId));

    public Task<string> EnsureWebhookSecretAsync(string tenantId, string instanceKey, string candidate, CancellationToken cancellationToken)
    {
        var stored = tenants.AddOrUpdate(
            tenantId,
            _ => new TenantTracking(tenantId, candidate, null, null),
            (_, current) => current.WebhookSecret is null ? current with { WebhookSecret = candidate } : current);
        instances[instanceKey] = tenantId;
        return Task.FromResult(stored.WebhookSecret!);
    }

    public Task IndexInstanceAsync(string tenantId, string instanceKey, CancellationToken cancellationToken)
    {
        instances[instanceKey] = tenantId;
        return Task.CompletedTask;
    }

    public Task SetNotificationConversationAsync(string tenantId, string? conversationId, string? locale, CancellationToken cancellationToken)
    {
        tenants.AddOrUpdate(
            tenantId,
            _ => new TenantTracking(tenantId, null, conversationId, locale),
            (_, current) => current with { NotificationConversationId = conversationId, NotificationLocale = locale });
        return Task.CompletedTask;
    }

    public Task<string?> FindTenantByInstanceAsync(string instanceKey, CancellationToken cancellationToken)
        => Task.FromResult(instances.GetValueOrDefault(instanceKey));
}
