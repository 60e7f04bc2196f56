using Microsoft.Extensions.Options;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Proactive;
using SnowChatOps.Bot.SecureScore.Store;
using SnowChatOps.Bot.ServiceNow.Errors;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Text;
using SnowChatOps.Bot.Tickets;
using SnowChatOps.Bot.Tracking.Delivery;

namespace SnowChatOps.Bot.SecureScore.Confirmation;

/// <summary>
/// Posts one confirmation: as a reply in the ticket card's thread (in a channel; in a chat, into the chat),
/// to every conversation Tracking's router names for the ticket (the ticket's own is not posted twice), then
/// refreshes the ticket's card through <see cref="TicketCardService"/> so its "points now" moves too.
/// </summary>
internal sealed class PointsAnnouncer(
    TrackedTickets tickets, ImprovementActionCatalog catalog, IConversationStore conversations, ProactiveMessenger messenger,
    IEnumerable<INotificationRouter> routers, TicketCardService cards, ServiceNowClient snow, IOptions<PointsConfirmationOptions> options,
    ILogger<PointsAnnouncer> logger)
{
    private const int MaxTitleLength = 120;

    public async Task AnnounceAsync(PendingConfirmation pending, double? points, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pending);
        var ticket = await tickets.GetAsync(pending.TenantId, pending.Table, pending.SysId, cancellationToken);
        if (ticket is null)
        {
            return;
        }

        var title = await TitleAsync(ticket, cancellationToken);
        AdaptiveCard CardIn(string? locale)
        {
            using (CultureScope.Use(locale))
            {
                return PointsCard.Build(ticket.Number, title, points, options.Value.NoChangeAfter, PointsCard.PortalLink(ticket.ActionId));
            }
        }

        await ReplyInThreadAsync(ticket, CardIn(ticket.Locale), cancellationToken);
        foreach (var target in await TargetsAsync(ticket, cancellationToken))
        {
            if (await conversations.GetAsync(ticket.TenantId, target.ConversationId, cancellationToken) is { Active: true } conversation)
            {
                await messenger.SendAsync(conversation, CardIn(target.Locale).ToActivity(), cancellationToken);
            }
        }

        await RefreshCardAsync(ticket, cancellationToken);
    }

    private async Task ReplyInThreadAsync(TrackedTicket ticket, AdaptiveCard card, CancellationToken cancellationToken)
    {
        if (await conversations.GetAsync(ticket.TenantId, ticket.ConversationId, cancellationToken) is not { Active: true } conversation)
        {
            logger.ConversationUnavailable(ticket.TenantId);
            return;
        }

        await messenger.SendAsync(TicketThread.Of(conversation, ticket.CardActivityId), card.ToActivity(), cancellationToken);
    }

    private async Task<IReadOnlyList<NotificationTarget>> TargetsAsync(TrackedTicket ticket, CancellationToken cancellationToken)
    {
        // Until the outbox branch registers the default router there may be none: then the thread reply is all.
        if (routers.LastOrDefault() is not { } router)
        {
            return [];
        }

        var targets = await router.RouteAsync(new NotificationSubject(ticket, null, null, ticket.LastKnownState), cancellationToken);
        return [.. targets.Where(t => t.ConversationId != ticket.ConversationId).DistinctBy(t => t.ConversationId)];
    }

    private async Task<string> TitleAsync(TrackedTicket ticket, CancellationToken cancellationToken)
    {
        string? title;
        try
        {
            title = (await catalog.FindAsync(ticket.TenantId, ticket.ActionId, cancellationToken))?.Title;
        }
        catch (ImprovementActionsUnavailableException)
        {
            title = null;
        }

        return CardMarkdown.Line(title ?? ticket.Title ?? ticket.ActionId, MaxTitleLength);
    }

    private async Task RefreshCardAsync(TrackedTicket ticket, CancellationToken cancellationToken)
    {
        try
        {
            if (await snow.GetTicketAsync(ticket.TenantId, ticket.Table, ticket.SysId, cancellationToken) is { } live)
            {
                await cards.RefreshAsync(ticket, live, cancellationToken);
            }
        }
        catch (ServiceNowException ex)
        {
            logger.CardNotRefreshed((int?)ex.StatusCode);
        }
    }
}
