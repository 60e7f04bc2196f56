using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Tracking.Changes;

/// <summary>
/// A ticket state as seen by the webhook or the poller. <see cref="UpdatedOn"/> is ServiceNow's sys_updated_on
/// (<c>yyyy-MM-dd HH:mm:ss</c>) and <see cref="ModCount"/> its sys_mod_count (bumped by every write that changes
/// something), the same from both, so a change seen twice has the same <see cref="ChangeKey"/>.
/// <see cref="Ticket"/> is the full record when the observer has it (the poller does).
/// </summary>
internal sealed record ObservedState(string State, string UpdatedOn, string? UpdatedBy, Ticket? Ticket)
{
    /// <summary>sys_mod_count; null only from a business rule older than the one that sends it.</summary>
    public int? ModCount { get; init; }

    public static ObservedState From(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return new(ticket.State, ticket.UpdatedOn is { } at ? ServiceNowDateTime.ToServiceNow(at) : string.Empty, null, ticket) { ModCount = ticket.ModCount };
    }

    /// <summary>
    /// The change's identity within its ticket: the new state and sys_mod_count (two writes in the same second differ
    /// in it, where sys_updated_on's one-second resolution could not tell them apart). Without a mod count, the
    /// timestamp as before.
    /// </summary>
    public string ChangeKey => ModCount is { } count
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{State}|m{count}")
        : State + "|" + UpdatedOn;
}
