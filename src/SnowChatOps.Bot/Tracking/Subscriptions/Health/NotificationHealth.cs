namespace SnowChatOps.Bot.Tracking.Subscriptions.Health;

/// <summary>Everything the health section shows for a tenant. Keys of <see cref="Targets"/>: subscription ids, or <see cref="NotificationHealthKeys.Own"/>.</summary>
internal sealed record NotificationHealth(TenantHealth Tenant, IReadOnlyDictionary<string, SubscriptionHealth> Targets)
{
    public SubscriptionHealth For(string key) => Targets.GetValueOrDefault(key) ?? SubscriptionHealth.Never;
}
