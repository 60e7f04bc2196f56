using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Connection.Cards;

namespace SnowChatOps.Bot.Connection.Commands;

/// <summary>
/// The shape every "Manage ServiceNow configuration" command shares: admins only, and only with a connection
/// (otherwise the not-connected card replaces the pressed one).
/// </summary>
internal abstract class AdminConnectionCommand(AdminGate gate, IConnectionStore connections) : IChatCommand
{
    public abstract string Name { get; }

    protected IConnectionStore Connections => connections;

    public async Task ExecuteAsync(ITurnContext turn, CommandInput input, CancellationToken cancellationToken)
    {
        if (!await gate.AllowAsync(turn, cancellationToken))
        {
            return;
        }

        var connection = await connections.GetAsync(turn.Activity.Conversation.TenantId, cancellationToken);
        if (connection is null)
        {
            await turn.ReplaceOrSendAsync(StatusCard.NotConnected(), cancellationToken);
            return;
        }

        await ExecuteAsync(turn, input, connection, cancellationToken);
    }

    protected abstract Task ExecuteAsync(ITurnContext turn, CommandInput input, ServiceNowConnection connection, CancellationToken cancellationToken);
}
