using SnowChatOps.Bot.Sharing.Submission;

namespace SnowChatOps.Bot.Sharing.Cards;

/// <summary>What the ticket card shows: the ticket, its (possibly renamed) state, who shared it, and where it lives.</summary>
internal sealed record TicketCardView(CreatedTicket Ticket, string StateName, string SharedBy, DateOnly? DueDay, string ActionTitle, Uri? Link);
