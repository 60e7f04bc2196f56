namespace SnowChatOps.Bot.Tracking.Outbox;

internal enum DeliveryOutcome
{
    Delivered,
    Retry,
    Failed,
    Redirected,
}
