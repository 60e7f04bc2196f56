using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Connection.Cards;

namespace SnowChatOps.Bot.Connection.Commands;

/// <summary>Shows the "customize ticket state names" form with the current names.</summary>
internal sealed class StateNamesCommand(AdminGate gate, IConnectionStore connections) : IChatCommand
{
    public string Name => ConnectionVerbs.StateNames;

    public async Task ExecuteAsync(ITurnContext turn, CommandInput input, CancellationToken cancellationToken)
    {
        if (!await gate.AllowAsync(turn, cancellationToken))
        {
            return;
        }

        var connection = await connections.GetAsync(turn.Activity.Conversation.TenantId, cancellationToken);
        await turn.ReplaceOrSendAsync(connection is null ? StatusCard.NotConnected() : SettingsCards.StateNames(connection.StateNames), cancellationToken);
    }
}
