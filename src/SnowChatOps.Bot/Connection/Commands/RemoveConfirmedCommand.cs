using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Connection.Authorization;
using SnowChatOps.Bot.Connection.Cards;
using SnowChatOps.Bot.Resources;

namespace SnowChatOps.Bot.Connection.Commands;

/// <summary>
/// Removes the connection: deletes it and any sign-ins still pending for the tenant (so no secret is left behind
/// even if ServiceNow is down), then revokes the tokens at ServiceNow, saying so when that was not possible.
/// </summary>
internal sealed class RemoveConfirmedCommand(
    AdminGate gate, IConnectionStore connections, IPendingAuthorizationStore pending, AuthorizationExchange exchange, ILogger<RemoveConfirmedCommand> logger) : IChatCommand
{
    public string Name => ConnectionVerbs.RemoveConfirmed;

    public async Task ExecuteAsync(ITurnContext turn, CommandInput input, CancellationToken cancellationToken)
    {
        if (!await gate.AllowAsync(turn, cancellationToken))
        {
            return;
        }

        var tenant = turn.Activity.Conversation.TenantId;
        var connection = await connections.GetAsync(tenant, cancellationToken);
        if (connection is null)
        {
            await turn.ReplaceOrSendAsync(StatusCard.NotConnected(), cancellationToken);
            return;
        }

        await connections.DeleteAsync(tenant, cancellationToken);
        await pending.DeleteForTenantAsync(tenant, cancellationToken);
        var revoked = await exchange.RevokeQuietlyAsync(connection.InstanceUrl, connection.Tokens, cancellationToken);
        logger.Removed(tenant, revoked);
        var text = revoked ? ConnectionText.Removed : $"{ConnectionText.Removed} {ConnectionText.Removed_NotRevoked}";
        await turn.ReplaceOrSendAsync(new AdaptiveCard([new TextBlock(text)], [ConnectionButtons.Connect()]), cancellationToken);
    }
}
