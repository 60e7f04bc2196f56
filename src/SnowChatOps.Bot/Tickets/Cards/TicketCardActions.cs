using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Tickets.Actions;

namespace SnowChatOps.Bot.Tickets.Cards;

/// <summary>
/// The ticket card's acting part, kept apart from <see cref="TicketCard"/>'s facts: the notice and latest-note
/// lines, the buttons (Action.Execute with an Action.Submit fallback for clients without Universal Actions), and the
/// Universal Actions <c>refresh</c> (Teams refreshes automatically for at most 60 <c>userIds</c>).
/// </summary>
internal static class TicketCardActions
{
    public const int MaxRefreshUsers = 60;

    public static IEnumerable<CardElement> Lines(TicketCardActing acting)
    {
        ArgumentNullException.ThrowIfNull(acting);
        if (acting.LatestNote is { } note)
        {
            yield return new TextBlock(string.Format(System.Globalization.CultureInfo.CurrentCulture, TicketsText.Card_LatestNote, note)) { Spacing = "Medium", IsSubtle = true };
        }

        if (acting.Notice is { } notice)
        {
            yield return new TextBlock(notice) { Id = "notice", Color = acting.NoticeIsWarning ? "Attention" : "Good", Spacing = "Medium" };
        }
        else if (!acting.Buttons)
        {
            yield return new TextBlock(TicketsText.Action_NotResponder) { Id = "notice", IsSubtle = true, Spacing = "Medium" };
        }
    }

    public static IEnumerable<CardAction> Buttons(Ticket ticket, TicketCardActing acting)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(acting);
        if (!acting.Buttons)
        {
            yield break;
        }

        yield return new ShowCardAction(TicketsText.Action_AddNote, new AdaptiveCard(
            [
                new TextInput { Id = "note", Label = TicketsText.Note_Label, IsMultiline = true, MaxLength = CardText.MaxNoteLength, IsRequired = true, ErrorMessage = TicketsText.Note_Empty },
            ],
            [Execute(TicketsText.Note_Save, TicketVerbs.Note, ticket, acting)]) { Teams = null });

        if (acting.NextStates.Count > 0)
        {
            yield return new ShowCardAction(TicketsText.Action_ChangeState, new AdaptiveCard(StateInputs(ticket, acting), [Execute(TicketsText.State_Apply, TicketVerbs.State, ticket, acting)]) { Teams = null });
        }

        yield return Execute(TicketsText.Action_AssignToMe, TicketVerbs.Assign, ticket, acting);
    }

    public static CardRefresh Refresh(Ticket ticket, TicketCardActing acting)
    {
        ArgumentNullException.ThrowIfNull(acting);
        var users = acting.RefreshUserIds.Count > 0 ? acting.RefreshUserIds.Take(MaxRefreshUsers).ToList() : null;
        return new CardRefresh(Execute(TicketsText.Action_Refresh, TicketVerbs.Refresh, ticket, acting), users);
    }

    private static List<CardElement> StateInputs(Ticket ticket, TicketCardActing acting)
    {
        var inputs = new List<CardElement>
        {
            new ChoiceSetInput([.. acting.NextStates.Select(s => new Choice(s.Name, s.Code))])
            {
                Id = "state", Label = TicketsText.State_Label, Style = "compact", IsRequired = true, ErrorMessage = TicketsText.State_Pick,
                Value = acting.NextStates[0].Code,
            },
        };
        if (acting.NextStates.Any(s => TicketTransitions.NeedsClosure(ticket.Table, s.Code)))
        {
            inputs.Add(new ChoiceSetInput([.. TicketCloseCodes.For(ticket.Table).Select(c => new Choice(TicketNames.CloseCode(c), c))])
            {
                Id = "closeCode", Label = TicketsText.State_CloseCode, Style = "compact", Placeholder = TicketsText.State_CloseCodeHint,
            });
            inputs.Add(new TextInput { Id = "closeNotes", Label = TicketsText.State_CloseNotes, IsMultiline = true, MaxLength = CardText.MaxNoteLength });
        }

        if (ticket.Table == TicketTable.Incident && acting.NextStates.Any(s => s.Code == TicketTransitions.IncidentOnHold))
        {
            inputs.Add(new ChoiceSetInput([.. TicketCloseCodes.HoldReasons.Select(r => new Choice(TicketNames.HoldReason(r), r))])
            {
                Id = "holdReason", Label = TicketsText.State_HoldReason, Style = "compact", Placeholder = TicketsText.State_HoldReasonHint,
            });
        }

        return inputs;
    }

    private static ExecuteAction Execute(string title, string verb, Ticket ticket, TicketCardActing acting)
    {
        var data = new CardSubmit(verb, CardArg.Write(new TicketActionArg(ticket.Table.ToTableName(), ticket.SysId, acting.Keys[verb])));
        return new ExecuteAction(title, verb, data) { Fallback = new SubmitAction(title, data) };
    }
}
