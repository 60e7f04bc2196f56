using SnowChatOps.Bot.Tracking.Delivery;
using SnowChatOps.Bot.Tracking.Store;

namespace SnowChatOps.Bot.Tracking.Outbox;

/// <summary>
/// The router until subscriptions land: the tenant's chosen notifications conversation, else the ticket's own
/// (when the chosen one refuses the bot, the outbox falls back to the ticket's own conversation).
/// </summary>
internal sealed class DefaultNotificationRouter(ITrackingStore store) : INotificationRouter
{
    public const string TenantConversation = "tenant-notifications";

    public async Task<IReadOnlyList<NotificationTarget>> RouteAsync(NotificationSubject subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var ticket = subject.Ticket;
        var settings = await store.GetAsync(ticket.TenantId, cancellationToken);
        return settings?.NotificationConversationId is { } chosen && chosen != ticket.ConversationId
            ? [new NotificationTarget(chosen, settings.NotificationLocale, TenantConversation)]
            : [new NotificationTarget(ticket.ConversationId, ticket.Locale, null)];
    }
}
