using SnowChatOps.Bot.Tickets;

namespace SnowChatOps.Bot.Tracking.Delivery;

/// <summary>
/// One accepted state change of a tracked ticket. States are ServiceNow's values (e.g. <c>6</c> Resolved);
/// <see cref="UpdatedBy"/> is ServiceNow's sys_updated_by when known; <see cref="Key"/> identifies the change
/// (stable across the webhook and the poller, so handlers can de-duplicate on it).
/// </summary>
internal sealed record TicketChange(TrackedTicket Ticket, string FromState, string ToState, string? UpdatedBy, string Key);
