using SnowChatOps.Bot.Cards;

namespace SnowChatOps.Bot.Tickets.Actions;

/// <summary>
/// The answer to a press: the presser's card (null when only <see cref="Message"/> can be said), the shared card to
/// put in place for everyone when the action changed the ticket, and whether the presser is a responder.
/// </summary>
internal sealed record TicketActionResult(AdaptiveCard? Card, string? Message, AdaptiveCard? Shared = null, bool Responder = true)
{
    public static TicketActionResult Say(string message) => new(null, message);
}
