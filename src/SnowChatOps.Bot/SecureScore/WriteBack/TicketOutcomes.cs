using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Tickets;

namespace SnowChatOps.Bot.SecureScore.WriteBack;

/// <summary>ServiceNow's out-of-box states: incident 6 Resolved / 7 Closed, 8 Canceled; change request 3 Closed, 4 Canceled.</summary>
internal static class TicketOutcomes
{
    public static TicketOutcome Of(TicketTable table, string state)
    {
        if (TicketStates.Find(table, state) is not { } known)
        {
            return TicketOutcome.Unknown;
        }

        if (known.Open)
        {
            return TicketOutcome.Open;
        }

        var canceled = table == TicketTable.Incident ? "8" : "4";
        return state == canceled ? TicketOutcome.Canceled : TicketOutcome.Done;
    }
}
