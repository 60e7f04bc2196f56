using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Connection.Confirmation;

namespace SnowChatOps.Bot.Connection.Commands;

/// <summary>Use this account: for an integration user it connects; for a personal account it asks once more.</summary>
internal sealed class ConfirmSignInCommand(SignInConfirmations confirmations) : SignInConfirmationCommand(confirmations)
{
    public override string Name => ConnectionVerbs.ConfirmSignIn;

    protected override Task<ConfirmationAnswer> AnswerAsync(ITurnContext turn, string id, CancellationToken cancellationToken)
        => Confirmations.ConfirmAsync(turn, id, personalAcknowledged: false, cancellationToken);
}
