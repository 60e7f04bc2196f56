using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Resources;

namespace SnowChatOps.Bot.Tickets.Actions;

/// <summary>
/// Universal Actions: answers an <c>adaptiveCard/action</c> invoke (Action.Execute or the card's refresh) with the
/// presser's card as the invoke response, and, when the action changed the ticket, puts the same card in place for
/// everyone (Teams otherwise shows the response card only to the presser).
/// </summary>
internal sealed class TicketCardInvoke(TicketActionRunner runner, ILogger<TicketCardInvoke> logger)
{
    private const string CardType = "application/vnd.microsoft.card.adaptive";
    private const string MessageType = "application/vnd.microsoft.activity.message";

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(ITurnContext turn, AdaptiveCardInvokeValue value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var verb = value?.Action?.Verb?.Trim().ToLowerInvariant() ?? string.Empty;
        if (SubmitPayload.TryRead(value?.Action?.Data) is not { } payload || payload.Verb != verb)
        {
            logger.BadArgument(verb);
            return Message(TicketsText.Action_OutOfDate);
        }

        var result = await runner.RunAsync(turn, verb, payload.Input, cancellationToken);
        if (result.Shared is { } shared && turn.Activity.ReplyToId is { Length: > 0 } cardId)
        {
            var activity = (Activity)shared.ToActivity();
            activity.Id = cardId;
            try
            {
                await turn.UpdateActivityAsync(activity, cancellationToken);
            }
            catch (ErrorResponseException)
            {
                // The presser still gets the new card as the response; others see it on their next refresh.
            }
        }

        return result.Card is { } card ? Card(card) : Message(result.Message ?? TicketsText.Action_OutOfDate);
    }

    private static AdaptiveCardInvokeResponse Card(AdaptiveCard card) =>
        new() { StatusCode = 200, Type = CardType, Value = card.ToAttachment().Content };

    private static AdaptiveCardInvokeResponse Message(string text) =>
        new() { StatusCode = 200, Type = MessageType, Value = text };
}
