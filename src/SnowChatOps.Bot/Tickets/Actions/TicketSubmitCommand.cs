using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;

namespace SnowChatOps.Bot.Tickets.Actions;

/// <summary>
/// The Action.Submit fallback of a ticket card action (clients without Universal Actions send a message with the
/// same data): the same runner; the shared card is replaced in place, and a refusal of a non-responder is a one-line
/// reply so the card everyone sees keeps its buttons.
/// </summary>
internal sealed class TicketSubmitCommand(string name, TicketActionRunner runner) : IChatCommand
{
    public string Name => name;

    public async Task ExecuteAsync(ITurnContext turn, CommandInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var result = await runner.RunAsync(turn, Name, input, cancellationToken);
        if (result.Responder && result.Card is { } card)
        {
            await turn.ReplaceOrSendAsync(card, cancellationToken);
            return;
        }

        await turn.SendActivityAsync(result.Message ?? Resources.TicketsText.Action_OutOfDate, cancellationToken: cancellationToken);
    }
}
