using System.Globalization;
using Microsoft.Bot.Schema.Teams;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Tickets;

namespace SnowChatOps.Bot.MessageExtension.Search;

/// <summary>
/// A live ServiceNow record as a compose-box result: the ticket's own card from <see cref="TicketCardService"/>
/// (the tracked record when SnowChatOps shared it, so the card names its sharer and title) and a preview line with
/// the state in the tenant's names and the priority.
/// </summary>
internal sealed class TicketPreviews(TicketCardService cards, TrackedTickets tracked, TicketStateNames stateNames, TimeProvider time)
{
    public async Task<MessagingExtensionAttachment> ForAsync(string tenantId, Ticket live, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(live);
        var record = await tracked.GetAsync(tenantId, live.Table, live.SysId, cancellationToken) ?? Untracked(tenantId, live);
        var card = await cards.CardAsync(record, live, cancellationToken);
        var state = await stateNames.NameAsync(tenantId, live.Table, live.State, cancellationToken);
        var title = record.Title ?? live.ShortDescription ?? live.Number;
        var summary = live.Priority is { } priority
            ? string.Format(CultureInfo.CurrentCulture, MessageExtensionText.Search_Summary, TicketNames.Type(live.Table), state, TicketNames.Priority(priority))
            : string.Format(CultureInfo.CurrentCulture, MessageExtensionText.Search_SummaryNoPriority, TicketNames.Type(live.Table), state);
        return ExtensionResults.Ticket(card, live.Number, title, summary);
    }

    // A ticket SnowChatOps did not share: the card is built from ServiceNow's record alone and nothing is stored.
    private TrackedTicket Untracked(string tenantId, Ticket live) => new(
        tenantId, live.Table, live.SysId, live.Number, live.ActionId ?? string.Empty, string.Empty, null, live.State, live.UpdatedOn ?? time.GetUtcNow());
}
