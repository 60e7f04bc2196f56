namespace SnowChatOps.Bot.Tracking.Cards;

/// <summary>What the notifications card shows. <see cref="Secret"/> is null where it must not be shown (outside a personal chat).</summary>
internal sealed record NotificationsView(NotificationsTarget Target, Uri WebhookUrl, string? Secret, TimeSpan PollInterval, string? Notice = null);
