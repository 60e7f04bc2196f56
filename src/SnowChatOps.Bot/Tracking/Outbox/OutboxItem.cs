using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Tracking.Outbox;

/// <summary>
/// One unit of durable work for one accepted change: written before anything is posted, removed only once its
/// outcome is known. <see cref="ChangeKey"/> + <see cref="ItemId"/> name it, so a replayed webhook, a re-read poll
/// window or a second instance writes nothing new. The card's parts (state names, link) are resolved when the change
/// is accepted, so delivery needs no ServiceNow call. <see cref="Version"/> is the store's concurrency token.
/// </summary>
internal sealed record OutboxItem(string TenantId, string ChangeKey, string ItemId, OutboxWork Work)
{
    public required TicketTable Table { get; init; }

    public required string SysId { get; init; }

    public required string Number { get; init; }

    public required string FromState { get; init; }

    public required string ToState { get; init; }

    public string FromName { get; init; } = string.Empty;

    public string ToName { get; init; } = string.Empty;

    public string? UpdatedBy { get; init; }

    public string? Link { get; init; }

    /// <summary>Where a notification goes; null for other work.</summary>
    public string? ConversationId { get; init; }

    public string? Locale { get; init; }

    public string? SubscriptionId { get; init; }

    /// <summary>The ticket's own conversation and locale: the fallback when <see cref="ConversationId"/> refuses the bot.</summary>
    public required string OwnConversationId { get; init; }

    public string? OwnLocale { get; init; }

    /// <summary>The change handler's type name, for <see cref="OutboxWork.ChangeHandler"/>.</summary>
    public string? Handler { get; init; }

    public int Attempts { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Not before this time: the next retry, the pacing slot, or the end of another instance's claim.</summary>
    public required DateTimeOffset DueAt { get; init; }

    public string? Version { get; init; }

    public NotificationTargetView Target => new(ConversationId ?? OwnConversationId, Locale, SubscriptionId);
}
