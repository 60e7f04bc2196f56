namespace SnowChatOps.Bot.Tracking.Subscriptions;

/// <summary>
/// One conversation that hears about tracked tickets, and which ones. <see cref="ConversationId"/> is the channel
/// root for a channel (never a reply thread, see <see cref="Proactive.ChannelRoot"/>); <see cref="Name"/> is the
/// conversation's display name when Teams gave one (already cleaned and bounded).
/// </summary>
internal sealed record Subscription(
    string TenantId,
    string Id,
    string ConversationId,
    string ConversationType,
    string? Name,
    string? Locale,
    SubscriptionFilter Filter)
{
    /// <summary>The id under which the pre-subscription "notifications conversation" shows until it is migrated.</summary>
    public const string LegacyId = "legacy";

    public bool IsChannel => string.Equals(ConversationType, "channel", StringComparison.OrdinalIgnoreCase);
}
