using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Connection.Cards;

namespace SnowChatOps.Bot.Connection.Commands;

/// <summary><c>settings</c> / "Manage ServiceNow configuration" (admins).</summary>
internal sealed class SettingsCommand(AdminGate gate, IConnectionStore connections) : IChatCommand
{
    public string Name => ConnectionVerbs.Settings;

    public async Task ExecuteAsync(ITurnContext turn, CommandInput input, CancellationToken cancellationToken)
    {
        if (!await gate.AllowAsync(turn, cancellationToken))
        {
            return;
        }

        var connection = await connections.GetAsync(turn.Activity.Conversation.TenantId, cancellationToken);
        var card = connection is null ? StatusCard.NotConnected() : SettingsCards.Menu(connection);
        await turn.ReplaceOrSendAsync(card, cancellationToken);
    }
}
