using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Observability;
using SnowChatOps.Bot.Proactive;
using SnowChatOps.Bot.Tracking.Cards;
using SnowChatOps.Bot.Tracking.Delivery;
using SnowChatOps.Bot.Tracking.Subscriptions;

namespace SnowChatOps.Bot.Tracking.Changes;

/// <summary>
/// Posts the short "CHG0030001: Assess → Implement" card to every conversation the router chooses, recording each
/// outcome in the delivery log; when every chosen conversation is gone, to the ticket's own conversation instead.
/// </summary>
internal sealed class NotificationPoster(
    INotificationRouter router, INotificationDeliveryLog deliveries, IConversationStore conversations, ProactiveMessenger messenger, Telemetry telemetry, ILogger<NotificationPoster> logger)
{
    public async Task PostAsync(ChangeContext change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var tracked = change.Tracked;
        var subject = new NotificationSubject(tracked, (change.Live ?? change.Observed.Ticket)?.Priority, tracked.LastKnownState, change.Observed.State);
        var targets = await router.RouteAsync(subject, cancellationToken);
        var delivered = 0;
        foreach (var target in targets)
        {
            delivered += await TrySendAsync(change, target, cancellationToken) ? 1 : 0;
        }

        if (delivered > 0 || targets.Count == 0)
        {
            telemetry.NotificationFinished(delivered > 0 ? "delivered" : "filtered");
            return;
        }

        var own = new NotificationTarget(tracked.ConversationId, tracked.Locale, null);
        if (!targets.Contains(own) && await TrySendAsync(change, own, cancellationToken))
        {
            telemetry.NotificationFinished("fallback");
            return;
        }

        telemetry.NotificationFinished("failed");
        logger.ConversationUnavailable(tracked.Number);
    }

    private async Task<bool> TrySendAsync(ChangeContext change, NotificationTarget target, CancellationToken cancellationToken)
    {
        var tenantId = change.Tracked.TenantId;
        var conversation = await ProactiveTarget.FindAsync(conversations, tenantId, target.ConversationId, cancellationToken);
        if (conversation is not { Active: true })
        {
            await deliveries.FailedAsync(tenantId, target, change.Tracked.Number, "not-found", cancellationToken);
            return false;
        }

        AdaptiveCard card;
        using (CultureScope.Use(target.Locale))
        {
            card = NotificationCard.Build(change.Tracked.Number, change.From, change.To, change.Observed.UpdatedBy, change.Link);
        }

        if (await messenger.SendAsync(conversation, card.ToActivity(), cancellationToken) is null)
        {
            await deliveries.FailedAsync(tenantId, target, change.Tracked.Number, "forbidden", cancellationToken);
            return false;
        }

        await deliveries.DeliveredAsync(tenantId, target, change.Tracked.Number, cancellationToken);
        return true;
    }
}
