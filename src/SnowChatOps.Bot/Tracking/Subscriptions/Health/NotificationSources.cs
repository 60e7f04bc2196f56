namespace SnowChatOps.Bot.Tracking.Subscriptions.Health;

/// <summary>Where the webhook and the poller report themselves for notification health (one call each, at their own time).</summary>
internal sealed class NotificationSources(INotificationHealthStore store, TimeProvider time)
{
    public Task WebhookReceivedAsync(string tenantId, CancellationToken cancellationToken) => store.WebhookReceivedAsync(tenantId, time.GetUtcNow(), cancellationToken);

    public Task PolledAsync(string tenantId, CancellationToken cancellationToken) => store.PolledAsync(tenantId, time.GetUtcNow(), cancellationToken);

    /// <summary>A poll notified a change nobody had claimed yet: the webhook did not deliver it (or not yet).</summary>
    public Task PollFoundFirstAsync(string tenantId, CancellationToken cancellationToken) => store.PollFoundFirstAsync(tenantId, time.GetUtcNow(), cancellationToken);
}
