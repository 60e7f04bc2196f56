using SnowChatOps.Bot.Tracking.Delivery;

namespace SnowChatOps.Bot.Tracking.Subscriptions.Health;

/// <summary>The health-recording <see cref="INotificationDeliveryLog"/>: each outcome becomes its target's last delivered / last failure.</summary>
internal sealed class NotificationDeliveryHealth(INotificationHealthStore store, TimeProvider time, ILogger<NotificationDeliveryHealth> logger) : INotificationDeliveryLog
{
    public Task DeliveredAsync(string tenantId, NotificationTarget target, string ticketNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        return store.DeliveredAsync(tenantId, NotificationHealthKeys.For(target.SubscriptionId), time.GetUtcNow(), ticketNumber, cancellationToken);
    }

    public Task FailedAsync(string tenantId, NotificationTarget target, string ticketNumber, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        logger.DeliveryFailed(ticketNumber, NotificationHealthKeys.For(target.SubscriptionId), reason);
        return store.FailedAsync(tenantId, NotificationHealthKeys.For(target.SubscriptionId), time.GetUtcNow(), reason, cancellationToken);
    }
}
