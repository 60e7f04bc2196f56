using SnowChatOps.Bot.Tickets;

namespace SnowChatOps.Bot.Tracking.Delivery;

/// <summary>
/// What a notification is about, as routing sees it: the tracked ticket, its priority (1 critical … 5 planning; null
/// when unknown) and the transition (<see cref="FromState"/> null when the notification is not a state change, e.g.
/// Secure Score points confirmed for the ticket).
/// </summary>
internal sealed record NotificationSubject(TrackedTicket Ticket, int? Priority, string? FromState, string ToState);
