using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Tickets;
using SnowChatOps.Bot.Tracking.Changes;
using SnowChatOps.Bot.Tracking.Delivery;

namespace SnowChatOps.Bot.Tracking.Outbox;

/// <summary>
/// Turns an accepted change into durable work before anything is posted: one notification per routed target, the
/// ticket card's refresh, and one call per registered <see cref="ITicketChangeHandler"/>. Every item is keyed by the
/// change key, so writing the same change again (a replay, the other observer, another instance) adds nothing.
/// </summary>
internal sealed class OutboxWriter(
    IOutboxStore store, INotificationRouter router, IEnumerable<ITicketChangeHandler> handlers, ServiceNowClient snow,
    TicketStateNames stateNames, TimeProvider time, ILogger<OutboxWriter> logger)
{
    /// <returns>The items this call wrote (empty: the change was written before).</returns>
    public async Task<IReadOnlyList<OutboxItem>> WriteAsync(TrackedTicket ticket, ObservedState observed, string changeKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(observed);
        var instance = await snow.GetInstanceAsync(ticket.TenantId, cancellationToken);
        var names = await stateNames.ForTenantAsync(ticket.TenantId, cancellationToken);
        var now = time.GetUtcNow();
        var template = new OutboxItem(ticket.TenantId, changeKey, "card", OutboxWork.CardRefresh)
        {
            Table = ticket.Table, SysId = ticket.SysId, Number = ticket.Number, FromState = ticket.LastKnownState, ToState = observed.State,
            FromName = names(ticket.Table, ticket.LastKnownState), ToName = names(ticket.Table, observed.State), UpdatedBy = observed.UpdatedBy,
            Link = instance is null ? null : TicketLink.For(instance, ticket.Table, ticket.SysId).ToString(),
            OwnConversationId = ticket.ConversationId, OwnLocale = ticket.Locale, CreatedAt = now, DueAt = now,
        };
        var subject = new NotificationSubject(ticket, await PriorityAsync(ticket, observed, cancellationToken), ticket.LastKnownState, observed.State);
        var targets = await router.RouteAsync(subject, cancellationToken);
        var items = targets.DistinctBy(t => t.ConversationId, StringComparer.Ordinal)
            .Select(t => template with { ItemId = "to:" + t.ConversationId, Work = OutboxWork.Notification, ConversationId = t.ConversationId, Locale = t.Locale, SubscriptionId = t.SubscriptionId })
            .Append(template)
            .Concat(handlers.Select(h => template with { ItemId = "handler:" + h.GetType().FullName, Work = OutboxWork.ChangeHandler, Handler = h.GetType().FullName }));
        var written = new List<OutboxItem>();
        foreach (var item in items)
        {
            if (await store.AddAsync(item, cancellationToken) is { } added)
            {
                written.Add(added);
            }
        }

        logger.OutboxWritten(ticket.Number, observed.State, written.Count);
        return written;
    }

    // The webhook's contract carries the state, not the priority, and an unknown priority never passes a priority
    // filter: without the record, a subscription filtered by priority would never hear of a change the webhook saw
    // first (the poll's later look at the same change key adds nothing). So the record is read here. A ServiceNow
    // failure escapes before anything is written: the webhook answers an error, its replay claim is released for
    // ServiceNow's retry, and the next poll sees the change with its record.
    private async Task<int?> PriorityAsync(TrackedTicket ticket, ObservedState observed, CancellationToken cancellationToken) =>
        observed.Ticket is { } record
            ? record.Priority
            : (await snow.GetTicketAsync(ticket.TenantId, ticket.Table, ticket.SysId, cancellationToken))?.Priority;
}
