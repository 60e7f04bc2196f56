using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Connection.Cards;
using SnowChatOps.Bot.Resources;

namespace SnowChatOps.Bot.Connection.Commands;

/// <summary>"Restore defaults": forgets every renamed state.</summary>
internal sealed class StateNamesResetCommand(AdminGate gate, IConnectionStore connections) : AdminConnectionCommand(gate, connections)
{
    public override string Name => ConnectionVerbs.StateNamesReset;

    protected override async Task ExecuteAsync(ITurnContext turn, CommandInput input, ServiceNowConnection connection, CancellationToken cancellationToken)
    {
        await Connections.UpdateAsync(connection.TenantId, c => c with { StateNames = new Dictionary<string, string>() }, cancellationToken);
        await turn.ReplaceOrSendAsync(ResultCards.Notice(ConnectionText.StateNames_Restored), cancellationToken);
    }
}
