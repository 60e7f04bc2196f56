using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Connection.Cards;

namespace SnowChatOps.Bot.Connection.Commands;

/// <summary>"Remove the connection": asks for confirmation first.</summary>
internal sealed class RemoveCommand(AdminGate gate, IConnectionStore connections) : AdminConnectionCommand(gate, connections)
{
    public override string Name => ConnectionVerbs.Remove;

    protected override Task ExecuteAsync(ITurnContext turn, CommandInput input, ServiceNowConnection connection, CancellationToken cancellationToken)
        => turn.ReplaceOrSendAsync(SettingsCards.ConfirmRemove(connection), cancellationToken);
}
