using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Connection.Cards;
using SnowChatOps.Bot.Resources;

namespace SnowChatOps.Bot.Connection.Commands;

/// <summary>"Restore defaults": forgets every renamed state.</summary>
internal sealed class StateNamesResetCommand(AdminGate gate, IConnectionStore connections) : IChatCommand
{
    public string Name => ConnectionVerbs.StateNamesReset;

    public async Task ExecuteAsync(ITurnContext turn, CommandInput input, CancellationToken cancellationToken)
    {
        if (!await gate.AllowAsync(turn, cancellationToken))
        {
            return;
        }

        var saved = await connections.UpdateAsync(turn.Activity.Conversation.TenantId, c => c with { StateNames = new Dictionary<string, string>() }, cancellationToken);
        await turn.ReplaceOrSendAsync(saved is null ? StatusCard.NotConnected() : ResultCards.Notice(ConnectionText.StateNames_Restored), cancellationToken);
    }
}
