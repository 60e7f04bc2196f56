using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Connection.Cards;

namespace SnowChatOps.Bot.Connection.Commands;

/// <summary>"Remove the connection": asks for confirmation first.</summary>
internal sealed class RemoveCommand(AdminGate gate, IConnectionStore connections) : IChatCommand
{
    public string Name => ConnectionVerbs.Remove;

    public async Task ExecuteAsync(ITurnContext turn, CommandInput input, CancellationToken cancellationToken)
    {
        if (!await gate.AllowAsync(turn, cancellationToken))
        {
            return;
        }

        var connection = await connections.GetAsync(turn.Activity.Conversation.TenantId, cancellationToken);
        await turn.ReplaceOrSendAsync(connection is null ? StatusCard.NotConnected() : SettingsCards.ConfirmRemove(connection), cancellationToken);
    }
}
