using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Proactive;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.ServiceNow.Errors;
using SnowChatOps.Bot.Tickets.Cards;

namespace SnowChatOps.Bot.Tickets.Actions;

/// <summary>
/// One user's live view of the ticket card, in a turn: the record as ServiceNow has it now, its latest work note,
/// buttons only for responders, and a refresh naming up to 60 of the conversation's members.
/// </summary>
internal sealed class TicketViewBuilder(ServiceNowClient snow, TicketCardService cards, TicketActingFactory acting, ITeamsRoster roster)
{
    public async Task<AdaptiveCard> CardAsync(
        ITurnContext turn, TrackedTicket tracked, Ticket? live, bool buttons, TicketNotice? notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tracked);
        live ??= await snow.GetTicketAsync(tracked.TenantId, tracked.Table, tracked.SysId, cancellationToken)
            ?? throw new ServiceNowNotFoundException("The tracked ticket is gone.") { StatusCode = System.Net.HttpStatusCode.NotFound };
        var note = await LatestNoteAsync(tracked, cancellationToken);
        var members = await roster.MemberIdsAsync(turn, TicketCardActions.MaxRefreshUsers, cancellationToken);
        var part = await acting.CreateAsync(tracked.TenantId, live, buttons, members, cancellationToken) with
        {
            Notice = notice?.Text, NoticeIsWarning = notice?.Warning ?? false, LatestNote = note is null ? null : CardText.Shown(note.Text),
        };
        return await cards.CardAsync(tracked, live, part, cancellationToken);
    }

    private async Task<WorkNote?> LatestNoteAsync(TrackedTicket tracked, CancellationToken cancellationToken)
    {
        try
        {
            return await snow.GetLatestWorkNoteAsync(tracked.TenantId, tracked.Table, tracked.SysId, cancellationToken);
        }
        catch (Exception ex) when (ex is ServiceNowForbiddenException or ServiceNowNotFoundException)
        {
            return null; // sys_journal_field not readable on this instance: the card shows no note rather than failing
        }
    }
}
