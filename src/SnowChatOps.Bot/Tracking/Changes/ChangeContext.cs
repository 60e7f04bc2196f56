using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Tickets;

namespace SnowChatOps.Bot.Tracking.Changes;

/// <summary>
/// Everything a change's cards are built from: the tracked ticket, what was observed, the live record (null when
/// ServiceNow could not be read), the tenant's state names and the
/// ticket's ServiceNow link.
/// </summary>
internal sealed record ChangeContext(
    TrackedTicket Tracked, ObservedState Observed, Ticket? Live, Func<TicketTable, string, string> StateName, Uri? Link)
{
    public string From => StateName(Tracked.Table, Tracked.LastKnownState);

    public string To => StateName(Tracked.Table, Observed.State);
}
