using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Tracking.Changes;

/// <summary>
/// A ticket state as seen by the webhook or the poller. <see cref="UpdatedOn"/> is ServiceNow's sys_updated_on
/// (<c>yyyy-MM-dd HH:mm:ss</c>), the same from both, so a change seen twice claims the same key.
/// <see cref="Ticket"/> is the full record when the observer has it (the poller does).
/// </summary>
internal sealed record ObservedState(string State, string UpdatedOn, string? UpdatedBy, Ticket? Ticket)
{
    public static ObservedState From(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return new(ticket.State, ticket.UpdatedOn is { } at ? ServiceNowDateTime.ToServiceNow(at) : string.Empty, null, ticket);
    }
}
