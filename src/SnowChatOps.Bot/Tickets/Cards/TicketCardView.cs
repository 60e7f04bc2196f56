using SnowChatOps.Bot.SecureScore.Posture;
using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Tickets.Cards;

/// <summary>
/// What the ticket card shows: the live ticket, its (possibly renamed) state, who shared it, where it lives, and the
/// improvement action's Secure Score context when the ticket came from one.
/// </summary>
internal sealed record TicketCardView(Ticket Ticket, string StateName, string SharedBy, DateOnly? DueDay, string Title, Uri? Link)
{
    /// <summary>The card's action buttons, notice, latest note and refresh (see <see cref="TicketCardActions"/>); null: a plain card.</summary>
    public TicketCardActing? Acting { get; init; }

    public ActionPosture? Posture { get; init; }
}
