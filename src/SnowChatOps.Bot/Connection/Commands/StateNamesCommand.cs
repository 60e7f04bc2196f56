using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Connection.Cards;

namespace SnowChatOps.Bot.Connection.Commands;

/// <summary>Shows the "customize ticket state names" form with the current names.</summary>
internal sealed class StateNamesCommand(AdminGate gate, IConnectionStore connections) : AdminConnectionCommand(gate, connections)
{
    public override string Name => ConnectionVerbs.StateNames;

    protected override Task ExecuteAsync(ITurnContext turn, CommandInput input, ServiceNowConnection connection, CancellationToken cancellationToken)
        => turn.ReplaceOrSendAsync(SettingsCards.StateNames(connection.StateNames), cancellationToken);
}
