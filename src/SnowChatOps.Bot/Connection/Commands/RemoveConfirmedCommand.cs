using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Connection.Authorization;
using SnowChatOps.Bot.Connection.Cards;
using SnowChatOps.Bot.Connection.Confirmation;

namespace SnowChatOps.Bot.Connection.Commands;

/// <summary>
/// Removes the connection: deletes it and any sign-ins still pending for the tenant (so no secret is left behind
/// even if ServiceNow is down), then revokes the tokens at ServiceNow, saying so when that was not possible.
/// </summary>
internal sealed class RemoveConfirmedCommand(
    AdminGate gate, IConnectionStore connections, IPendingAuthorizationStore pending, SignInConfirmations confirmations, AuthorizationExchange exchange,
    ILogger<RemoveConfirmedCommand> logger)
    : AdminConnectionCommand(gate, connections)
{
    public override string Name => ConnectionVerbs.RemoveConfirmed;

    protected override async Task ExecuteAsync(ITurnContext turn, CommandInput input, ServiceNowConnection connection, CancellationToken cancellationToken)
    {
        var tenant = connection.TenantId;
        await Connections.DeleteAsync(tenant, cancellationToken);
        await pending.DeleteForTenantAsync(tenant, cancellationToken);
        await confirmations.DiscardAllAsync(tenant, cancellationToken);
        var revoked = await exchange.RevokeQuietlyAsync(connection.InstanceUrl, connection.Tokens, cancellationToken);
        logger.Removed(tenant, revoked);
        await turn.ReplaceOrSendAsync(ResultCards.Removed(revoked), cancellationToken);
    }
}
