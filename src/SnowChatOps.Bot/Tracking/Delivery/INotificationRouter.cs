namespace SnowChatOps.Bot.Tracking.Delivery;

/// <summary>
/// Tracking's entry point for "who hears about this ticket": the conversations that should each get one notification
/// about <paramref name="subject"/>, without duplicates. Empty means nobody (no subscription matches).
/// </summary>
internal interface INotificationRouter
{
    Task<IReadOnlyList<NotificationTarget>> RouteAsync(NotificationSubject subject, CancellationToken cancellationToken);
}
