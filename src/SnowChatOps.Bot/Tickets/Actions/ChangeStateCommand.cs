using System.Globalization;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Tickets.Actions;

/// <summary>
/// Moves the ticket to one of its allowed next states (<see cref="TicketTransitions"/>) in one PATCH with what that
/// state needs: close code and notes for Resolved/Closed (which ServiceNow's data policy enforces, and whose refusal
/// the card shows), an on-hold reason for On Hold (a UI policy on real instances, so we ask for it ourselves).
/// </summary>
internal sealed class ChangeStateCommand(ServiceNowClient snow, TicketStateNames names) : ITicketCommand
{
    public string Verb => TicketVerbs.State;

    public async Task<TicketActionOutcome> RunAsync(TicketActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (table, tenant) = (request.Live.Table, request.Tracked.TenantId);
        var target = request.Input("state") ?? string.Empty;
        if (!TicketTransitions.IsAllowed(table, request.Live.State, target))
        {
            var now = await names.NameAsync(tenant, table, request.Live.State, cancellationToken);
            return TicketActionOutcome.Refused(string.Format(CultureInfo.CurrentCulture, TicketsText.State_NotAllowed, now));
        }

        var change = new TicketChange { State = target };
        if (TicketTransitions.NeedsClosure(table, target))
        {
            var code = request.Input("closeCode");
            change = change with
            {
                CloseCode = TicketCloseCodes.For(table).Contains(code, StringComparer.Ordinal) ? code : null,
                CloseNotes = CardText.Clean(request.Input("closeNotes"), CardText.MaxNoteLength),
            };
        }
        else if (table == TicketTable.Incident && target == TicketTransitions.IncidentOnHold)
        {
            var reason = request.Input("holdReason");
            if (!TicketCloseCodes.HoldReasons.Contains(reason, StringComparer.Ordinal))
            {
                return TicketActionOutcome.Refused(TicketsText.State_HoldReasonNeeded);
            }

            change = change with { HoldReason = reason };
        }

        await snow.UpdateTicketAsync(tenant, table, request.Live.SysId, change, cancellationToken);
        var name = await names.NameAsync(tenant, table, target, cancellationToken);
        return TicketActionOutcome.Done(string.Format(CultureInfo.CurrentCulture, TicketsText.State_Changed, CardText.Shown(request.Actor.Name), name));
    }
}
