using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Connection.Confirmation;

namespace SnowChatOps.Bot.Connection.Commands;

/// <summary>The three buttons of the sign-in confirmation; the argument is the confirmation id.</summary>
internal abstract class SignInConfirmationCommand(SignInConfirmations confirmations) : IChatCommand
{
    public abstract string Name { get; }

    protected SignInConfirmations Confirmations => confirmations;

    public async Task ExecuteAsync(ITurnContext turn, CommandInput input, CancellationToken cancellationToken)
    {
        var answer = await AnswerAsync(turn, input.Argument, cancellationToken);
        if (answer.ReplacePressed)
        {
            await turn.ReplaceOrSendAsync(answer.Card, cancellationToken);
        }
        else
        {
            await turn.SendActivityAsync(answer.Card.ToActivity(), cancellationToken);
        }
    }

    protected abstract Task<ConfirmationAnswer> AnswerAsync(ITurnContext turn, string id, CancellationToken cancellationToken);
}
