namespace SnowChatOps.Bot.Tracking.Store;

/// <summary>Per-tenant tracking settings and the instance → tenant index the webhook uses to find its tenant.</summary>
internal interface ITrackingStore
{
    Task<TenantTracking?> GetAsync(string tenantId, CancellationToken cancellationToken);

    /// <summary>
    /// The tenant's webhook secret, storing <paramref name="candidate"/> if it has none yet (the first writer wins,
    /// so two admins asking at once see the same secret); also points <paramref name="instanceKey"/> at the tenant.
    /// </summary>
    Task<string> EnsureWebhookSecretAsync(string tenantId, string instanceKey, string candidate, CancellationToken cancellationToken);

    /// <summary>Points <paramref name="instanceKey"/> (see <see cref="InstanceKey"/>) at the tenant.</summary>
    Task IndexInstanceAsync(string tenantId, string instanceKey, CancellationToken cancellationToken);

    /// <summary>Sets (or with null clears) where state changes are posted, keeping the secret.</summary>
    Task SetNotificationConversationAsync(string tenantId, string? conversationId, string? locale, CancellationToken cancellationToken);

    /// <summary>The tenant that last claimed the instance, or null.</summary>
    Task<string?> FindTenantByInstanceAsync(string instanceKey, CancellationToken cancellationToken);
}
