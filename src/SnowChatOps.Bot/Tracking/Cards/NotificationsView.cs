using SnowChatOps.Bot.Tracking.Subscriptions.Cards;

namespace SnowChatOps.Bot.Tracking.Cards;

/// <summary>
/// What the notifications card shows. <see cref="Secret"/> is null where it must not be shown (outside a personal chat);
/// <see cref="NoticeIsWarning"/> colours a refusal differently from a confirmation.
/// </summary>
internal sealed record NotificationsView(
    SubscriptionsView Subscriptions, Uri WebhookUrl, string? Secret, TimeSpan PollInterval, string? Notice = null, bool NoticeIsWarning = false);
