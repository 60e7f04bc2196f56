using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Connection.Cards;

namespace SnowChatOps.Bot.Connection.Commands;

/// <summary><c>settings</c> / "Manage ServiceNow configuration" (admins).</summary>
internal sealed class SettingsCommand(AdminGate gate, IConnectionStore connections) : AdminConnectionCommand(gate, connections)
{
    public override string Name => ConnectionVerbs.Settings;

    protected override Task ExecuteAsync(ITurnContext turn, CommandInput input, ServiceNowConnection connection, CancellationToken cancellationToken)
        => turn.ReplaceOrSendAsync(SettingsCards.Menu(connection), cancellationToken);
}
