using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Connection.Cards;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.ServiceNow.Errors;

namespace SnowChatOps.Bot.Connection.Commands;

/// <summary><c>status</c>: the stored connection plus a live "who am I" call, so the card says whether it works now.</summary>
internal sealed class StatusCommand(IConnectionStore connections, ServiceNowClient client, TimeProvider time) : IChatCommand
{
    public string Name => ConnectionVerbs.Status;

    public async Task ExecuteAsync(ITurnContext turn, CommandInput input, CancellationToken cancellationToken)
    {
        var tenant = turn.Activity.Conversation.TenantId;
        var connection = await connections.GetAsync(tenant, cancellationToken);
        if (connection is null)
        {
            await turn.SendActivityAsync(StatusCard.NotConnected().ToActivity(), cancellationToken);
            return;
        }

        var live = await ProbeAsync(connection, cancellationToken);
        connection = await connections.GetAsync(tenant, cancellationToken) ?? connection;
        await turn.SendActivityAsync(StatusCard.Build(connection, live).ToActivity(), cancellationToken);
    }

    private async Task<string> ProbeAsync(ServiceNowConnection connection, CancellationToken cancellationToken)
    {
        if (connection.Status == ConnectionStatus.NeedsAuthorization)
        {
            return ConnectionText.Status_NeedsAuthorization;
        }

        try
        {
            await client.GetCurrentUserAsync(connection.TenantId, cancellationToken);
            await connections.UpdateAsync(connection.TenantId, c => c with { LastSuccessAt = time.GetUtcNow() }, cancellationToken);
            return ConnectionText.Status_Working;
        }
        catch (ServiceNowReauthorizationRequiredException)
        {
            return ConnectionText.Status_NeedsAuthorization;
        }
        catch (ServiceNowException)
        {
            return ConnectionText.Status_Unreachable;
        }
    }
}
