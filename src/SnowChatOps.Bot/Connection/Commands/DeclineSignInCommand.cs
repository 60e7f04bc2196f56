using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Connection.Confirmation;

namespace SnowChatOps.Bot.Connection.Commands;

/// <summary>Discards the held sign-in and revokes its tokens.</summary>
internal sealed class DeclineSignInCommand(SignInConfirmations confirmations) : SignInConfirmationCommand(confirmations)
{
    public override string Name => ConnectionVerbs.DeclineSignIn;

    protected override Task<ConfirmationAnswer> AnswerAsync(ITurnContext turn, string id, CancellationToken cancellationToken)
        => Confirmations.DeclineAsync(turn, id, cancellationToken);
}
