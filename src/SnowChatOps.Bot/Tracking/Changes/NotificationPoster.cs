using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Observability;
using SnowChatOps.Bot.Proactive;
using SnowChatOps.Bot.Tracking.Cards;
using SnowChatOps.Bot.Tracking.Store;

namespace SnowChatOps.Bot.Tracking.Changes;

/// <summary>
/// Posts the short "CHG0030001: Assess → Implement" card to the tenant's notifications conversation, or to the
/// ticket's own conversation when none is chosen or the chosen one is gone (the bot was removed).
/// </summary>
internal sealed class NotificationPoster(
    ITrackingStore store, IConversationStore conversations, ProactiveMessenger messenger, Telemetry telemetry, ILogger<NotificationPoster> logger)
{
    public async Task PostAsync(ChangeContext change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var tracked = change.Tracked;
        var settings = await store.GetAsync(tracked.TenantId, cancellationToken);
        var targets = new List<(string Conversation, string? Locale)>(2);
        if (settings?.NotificationConversationId is { } chosen)
        {
            targets.Add((chosen, settings.NotificationLocale));
        }

        if (settings?.NotificationConversationId != tracked.ConversationId)
        {
            targets.Add((tracked.ConversationId, tracked.Locale));
        }

        for (var i = 0; i < targets.Count; i++)
        {
            if (await TrySendAsync(change, targets[i].Conversation, targets[i].Locale, cancellationToken))
            {
                telemetry.NotificationFinished(i == 0 ? "delivered" : "fallback");
                return;
            }
        }

        telemetry.NotificationFinished("failed");
        logger.ConversationUnavailable(tracked.Number);
    }

    private async Task<bool> TrySendAsync(ChangeContext change, string conversationId, string? locale, CancellationToken cancellationToken)
    {
        var conversation = await conversations.GetAsync(change.Tracked.TenantId, conversationId, cancellationToken);
        if (conversation is not { Active: true })
        {
            return false;
        }

        AdaptiveCard card;
        using (CultureScope.Use(locale))
        {
            card = NotificationCard.Build(change.Tracked.Number, change.From, change.To, change.Observed.UpdatedBy, change.Link);
        }

        return await messenger.SendAsync(conversation, card.ToActivity(), cancellationToken) is not null;
    }
}
