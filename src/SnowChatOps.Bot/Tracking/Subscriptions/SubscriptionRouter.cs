using SnowChatOps.Bot.Proactive;
using SnowChatOps.Bot.SecureScore;
using SnowChatOps.Bot.Tickets;
using SnowChatOps.Bot.Tracking.Delivery;

namespace SnowChatOps.Bot.Tracking.Subscriptions;

/// <summary>
/// Who hears about a ticket: every subscription whose filters match (one target per conversation); with no
/// subscriptions at all, the ticket's own conversation (the default). A channel subscription where the ticket was
/// shared gets the notification as a reply in the ticket's thread (under its card), not as a new top-level post.
/// </summary>
internal sealed class SubscriptionRouter(Subscriptions subscriptions, ImprovementActionCatalog catalog) : INotificationRouter
{
    public async Task<IReadOnlyList<NotificationTarget>> RouteAsync(NotificationSubject subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var ticket = subject.Ticket;
        var all = await subscriptions.ListAsync(ticket.TenantId, cancellationToken);
        if (all.Count == 0)
        {
            return [new NotificationTarget(ticket.ConversationId, ticket.Locale, null)];
        }

        ActionCategory? category = all.Any(s => s.Filter.NeedsCategory) ? await CategoryAsync(ticket, cancellationToken) : null;
        return all.Where(s => s.Filter.Matches(subject, category))
            .Select(s => new NotificationTarget(ConversationFor(s, ticket), s.Locale, s.Id))
            .DistinctBy(t => t.ConversationId, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The conversation id a subscription's post goes to: the ticket's thread when it was shared in that channel.</summary>
    public static string ConversationFor(Subscription subscription, TrackedTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(ticket);
        if (!subscription.IsChannel || ChannelRoot.Of(ticket.ConversationId) != subscription.ConversationId)
        {
            return subscription.ConversationId;
        }

        if (ChannelRoot.IsThread(ticket.ConversationId))
        {
            return ticket.ConversationId;
        }

        return ticket.CardActivityId is { Length: > 0 } card ? ChannelRoot.Thread(subscription.ConversationId, card) : subscription.ConversationId;
    }

    // Unknown (no action, or the catalog is unreachable) matches no category filter: the ticket still reaches unfiltered subscriptions.
    private async Task<ActionCategory?> CategoryAsync(TrackedTicket ticket, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(ticket.ActionId))
        {
            return null;
        }

        try
        {
            return (await catalog.FindAsync(ticket.TenantId, ticket.ActionId, cancellationToken))?.Category;
        }
        catch (ImprovementActionsUnavailableException)
        {
            return null;
        }
    }
}
