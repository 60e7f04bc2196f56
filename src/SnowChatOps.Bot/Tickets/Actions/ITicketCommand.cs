namespace SnowChatOps.Bot.Tickets.Actions;

/// <summary>
/// One action of the ticket card. The runner has already parsed the card argument, found the tracked ticket, checked
/// the responder role and claimed the action's idempotency key; a command validates its inputs, makes one
/// <c>ServiceNowClient</c> call and says what happened. ServiceNow refusals propagate and are shown by the runner.
/// </summary>
internal interface ITicketCommand
{
    string Verb { get; }

    Task<TicketActionOutcome> RunAsync(TicketActionRequest request, CancellationToken cancellationToken);
}
