using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Tickets;

namespace SnowChatOps.Bot.Sharing.Submission;

/// <summary>What Sharing hands to Tickets/ about a created submission: the tracked record and the ticket as created.</summary>
internal static class SharedTicket
{
    public static TrackedTicket Tracked(ShareSubmission s, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(s);
        var ticket = s.Ticket ?? throw new InvalidOperationException("Only a created submission has a ticket.");
        return new TrackedTicket(s.TenantId, ticket.Table, ticket.SysId, ticket.Number, s.Form.ActionId ?? string.Empty, s.ConversationId, s.CardActivityId, ticket.State, now)
        {
            SharedBy = s.SharedBy,
            Title = s.Form.Name,
            Locale = s.Locale,
            UtcOffset = s.UtcOffset,
            DueAt = ticket.DueDate ?? UserCalendar.DueInstant(s.Form.DueDate, s.UtcOffset),
        };
    }

    /// <summary>The ticket as created, with the form's priority and due date where ServiceNow's answer left them out.</summary>
    public static Ticket Live(ShareSubmission s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var ticket = s.Ticket ?? throw new InvalidOperationException("Only a created submission has a ticket.");
        return new Ticket
        {
            Table = ticket.Table,
            SysId = ticket.SysId,
            Number = ticket.Number,
            State = ticket.State,
            Priority = ticket.Priority ?? s.Form.Priority,
            DueDate = ticket.DueDate ?? UserCalendar.DueInstant(s.Form.DueDate, s.UtcOffset),
            CorrelationId = s.CorrelationId,
        };
    }
}
