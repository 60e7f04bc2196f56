using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Connection.Confirmation;

namespace SnowChatOps.Bot.Connection.Commands;

/// <summary>The explicit second yes for a personal account.</summary>
internal sealed class ConfirmPersonalSignInCommand(SignInConfirmations confirmations) : SignInConfirmationCommand(confirmations)
{
    public override string Name => ConnectionVerbs.ConfirmPersonalSignIn;

    protected override Task<ConfirmationAnswer> AnswerAsync(ITurnContext turn, string id, CancellationToken cancellationToken)
        => Confirmations.ConfirmAsync(turn, id, personalAcknowledged: true, cancellationToken);
}
