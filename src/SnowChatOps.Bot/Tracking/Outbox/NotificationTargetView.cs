namespace SnowChatOps.Bot.Tracking.Outbox;

/// <summary>An item's target as the delivery log sees it (converted to the shared seam's record at the call).</summary>
internal sealed record NotificationTargetView(string ConversationId, string? Locale, string? SubscriptionId)
{
    public Delivery.NotificationTarget ToTarget() => new(ConversationId, Locale, SubscriptionId);
}
