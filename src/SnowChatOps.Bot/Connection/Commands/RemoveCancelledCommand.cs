using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Connection.Cards;
using SnowChatOps.Bot.Resources;

namespace SnowChatOps.Bot.Connection.Commands;

internal sealed class RemoveCancelledCommand : IChatCommand
{
    public string Name => ConnectionVerbs.RemoveCancelled;

    public Task ExecuteAsync(ITurnContext turn, CommandInput input, CancellationToken cancellationToken)
        => turn.ReplaceOrSendAsync(ResultCards.Notice(ConnectionText.Remove_Kept), cancellationToken);
}
