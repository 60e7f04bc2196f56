using SnowChatOps.Bot.Tracking.Delivery;

namespace SnowChatOps.Bot.Tracking.Outbox;

/// <summary>The default delivery log until notification health lands: outcomes are logged (ids and codes only).</summary>
internal sealed class LoggingDeliveryLog(ILogger<LoggingDeliveryLog> logger) : INotificationDeliveryLog
{
    public Task DeliveredAsync(string tenantId, NotificationTarget target, string ticketNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        logger.DeliveryRecorded(target.ConversationId, ticketNumber, "delivered", "delivered");
        return Task.CompletedTask;
    }

    public Task FailedAsync(string tenantId, NotificationTarget target, string ticketNumber, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        logger.DeliveryRecorded(target.ConversationId, ticketNumber, "failed", reason);
        return Task.CompletedTask;
    }
}
