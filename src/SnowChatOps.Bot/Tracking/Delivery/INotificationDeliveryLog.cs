namespace SnowChatOps.Bot.Tracking.Delivery;

/// <summary>
/// Where delivery outcomes are recorded for notification health. <c>reason</c> is a short fixed code
/// (<c>throttled</c>, <c>forbidden</c>, <c>not-found</c>, <c>http-503</c>, …), never free text.
/// </summary>
internal interface INotificationDeliveryLog
{
    Task DeliveredAsync(string tenantId, NotificationTarget target, string ticketNumber, CancellationToken cancellationToken);

    Task FailedAsync(string tenantId, NotificationTarget target, string ticketNumber, string reason, CancellationToken cancellationToken);
}
