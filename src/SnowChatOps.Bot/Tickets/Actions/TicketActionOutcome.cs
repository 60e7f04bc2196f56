namespace SnowChatOps.Bot.Tickets.Actions;

/// <summary>
/// What the card says after a press: a one-line notice (localized), whether the action changed ServiceNow, and
/// whether the claim on the action's key is kept (done) or released (nothing was written; the user may try again).
/// </summary>
internal sealed record TicketActionOutcome(string Notice, bool Applied, bool Warning = false)
{
    public static TicketActionOutcome Done(string notice) => new(notice, Applied: true);

    public static TicketActionOutcome Refused(string notice) => new(notice, Applied: false, Warning: true);
}
