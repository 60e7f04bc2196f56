using System.Globalization;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.Text;
using SnowChatOps.Bot.Tracking.Delivery;

namespace SnowChatOps.Bot.SecureScore.WriteBack;

/// <summary>
/// What a ticket change writes to its control: open → a note naming the ticket (state unchanged); resolved or closed →
/// the state the admin chose; canceled → Default. The note is in the sharer's language and names who changed the
/// ticket in ServiceNow (sys_updated_by, bounded and cleaned) where known.
/// </summary>
internal sealed record ControlStateUpdate(string? State, string Comment)
{
    private const int MaxUserLength = 64;

    public static ControlStateUpdate? For(TicketChange change, TicketOutcome outcome, string resolvedState, string stateName)
    {
        var state = outcome switch
        {
            TicketOutcome.Open => null,
            TicketOutcome.Done => resolvedState,
            TicketOutcome.Canceled => ControlStates.Default,
            _ => (string?)null,
        };
        if (outcome == TicketOutcome.Unknown)
        {
            return null;
        }

        using (CultureScope.Use(change.Ticket.Locale))
        {
            var by = UserText.Clean(change.UpdatedBy, MaxUserLength).ReplaceLineEndings(" ").Trim();
            var note = string.Format(CultureInfo.CurrentCulture, SecureScoreText.WriteBack_Note, change.Ticket.Number, UserText.Clean(stateName, 40));
            var comment = by.Length == 0 ? note : note + " " + string.Format(CultureInfo.CurrentCulture, SecureScoreText.WriteBack_NoteBy, by);
            return new ControlStateUpdate(state, comment);
        }
    }
}
