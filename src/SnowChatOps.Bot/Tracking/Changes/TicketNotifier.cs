using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.ServiceNow.Errors;
using SnowChatOps.Bot.Tickets;

namespace SnowChatOps.Bot.Tracking.Changes;

/// <summary>Tells Teams about one state change: the ticket's card is refreshed (through Tickets/), then one notification is posted.</summary>
internal sealed class TicketNotifier(
    ServiceNowClient snow, TicketStateNames stateNames, TicketCardService cards, NotificationPoster poster, ILogger<TicketNotifier> logger)
{
    public async Task NotifyAsync(TrackedTicket ticket, ObservedState observed, CancellationToken cancellationToken)
    {
        var context = await ContextAsync(ticket, observed, cancellationToken);
        if (context.Live is { } live)
        {
            await cards.RefreshAsync(ticket, live, cancellationToken);
        }

        await poster.PostAsync(context, cancellationToken);
    }

    private async Task<ChangeContext> ContextAsync(TrackedTicket ticket, ObservedState observed, CancellationToken cancellationToken)
    {
        var live = observed.Ticket ?? await TryReadAsync(ticket, cancellationToken);
        var instance = await snow.GetInstanceAsync(ticket.TenantId, cancellationToken);
        var names = await stateNames.ForTenantAsync(ticket.TenantId, cancellationToken);
        var link = instance is null ? null : TicketLink.For(instance, ticket.Table, ticket.SysId);
        return new ChangeContext(ticket, observed, live, names, link);
    }

    // The notification does not need the live record; a ServiceNow outage only costs the in-place card update.
    private async Task<Ticket?> TryReadAsync(TrackedTicket ticket, CancellationToken cancellationToken)
    {
        try
        {
            return await snow.GetTicketAsync(ticket.TenantId, ticket.Table, ticket.SysId, cancellationToken);
        }
        catch (ServiceNowException ex)
        {
            logger.CardUpdateFailed(ticket.Number, (int?)ex.StatusCode);
            return null;
        }
    }
}
