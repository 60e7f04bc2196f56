namespace SnowChatOps.Bot.Tracking.Delivery;

/// <summary>
/// One conversation a notification goes to, in the locale its cards are rendered in. <see cref="SubscriptionId"/> names
/// the subscription that chose it (null: the ticket's own conversation, the default and the fallback).
/// </summary>
internal sealed record NotificationTarget(string ConversationId, string? Locale, string? SubscriptionId);
