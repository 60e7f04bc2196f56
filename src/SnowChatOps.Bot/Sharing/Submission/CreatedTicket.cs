using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Sharing.Submission;

/// <summary>The ticket a submission produced, as far as the ticket card needs it.</summary>
internal sealed record CreatedTicket(TicketTable Table, string SysId, string Number, string State, int? Priority, DateTimeOffset? DueDate)
{
    public static CreatedTicket From(Ticket ticket) =>
        new(ticket.Table, ticket.SysId, ticket.Number, ticket.State, ticket.Priority, ticket.DueDate);
}
