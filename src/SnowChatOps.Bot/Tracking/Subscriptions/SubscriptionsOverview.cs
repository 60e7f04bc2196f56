using SnowChatOps.Bot.Proactive;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Tickets;
using SnowChatOps.Bot.Tracking.Polling;
using SnowChatOps.Bot.Tracking.Store;
using SnowChatOps.Bot.Tracking.Subscriptions.Cards;
using SnowChatOps.Bot.Tracking.Subscriptions.Health;

namespace SnowChatOps.Bot.Tracking.Subscriptions;

/// <summary>Reads everything the subscriptions section shows (the notifications card and <c>diagnose</c>).</summary>
internal sealed class SubscriptionsOverview(
    Subscriptions subscriptions, INotificationHealthStore health, IPollWatermarkStore watermarks, ITrackingStore tracking, TicketStateNames stateNames, TimeProvider time)
{
    private static readonly TicketTable[] Tables = [TicketTable.Incident, TicketTable.ChangeRequest];

    /// <param name="hereConversationId">The admin's conversation (its channel root marks "this conversation"); null outside a turn.</param>
    public async Task<SubscriptionsView> ReadAsync(string tenantId, string? hereConversationId, CancellationToken cancellationToken)
    {
        var all = await subscriptions.ListAsync(tenantId, cancellationToken);
        var state = await health.GetAsync(tenantId, cancellationToken);
        var marks = new List<(TicketTable, DateTimeOffset)>();
        foreach (var table in Tables)
        {
            if (await watermarks.GetAsync(tenantId, table, cancellationToken) is { } mark)
            {
                marks.Add((table, mark.Since));
            }
        }

        var here = hereConversationId is null ? null : all.FirstOrDefault(s => s.ConversationId == ChannelRoot.Of(hereConversationId))?.Id;
        var names = await stateNames.ForTenantAsync(tenantId, cancellationToken);
        return new SubscriptionsView(all, state, here, marks, await StaleAsync(tenantId, state.Tenant, cancellationToken), names);
    }

    // Only meaningful with a webhook configured: without one, every change is the poller's by design.
    private async Task<int> StaleAsync(string tenantId, TenantHealth tenant, CancellationToken cancellationToken)
    {
        if (await tracking.GetAsync(tenantId, cancellationToken) is not { WebhookSecret: not null })
        {
            return 0;
        }

        var since = time.GetUtcNow() - SubscriptionsSection.StaleWindow;
        return tenant.PollFirst.Count(at => at >= since);
    }
}
