using System.Globalization;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Connection.Cards;
using SnowChatOps.Bot.Connection.Diagnostics;
using SnowChatOps.Bot.Flows;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.ServiceNow.Auth;
using SnowChatOps.Bot.ServiceNow.Errors;

namespace SnowChatOps.Bot.Connection;

/// <summary>
/// Connects with the client-credentials grant (Washington DC and later, once the instance enables it): no sign-in
/// page, the tokens act as the Application Registry entry's OAuth Application User, a web-service-only integration
/// user. Stores the connection only if none exists, verifies it, and undoes it when verification fails.
/// </summary>
internal sealed class ClientCredentialsConnector(
    ServiceNowOAuthClient oauth, IConnectionStore connections, ConnectionVerifier verifier, TimeProvider time, ILogger<ClientCredentialsConnector> logger)
{
    public async Task<AdaptiveCard> ConnectAsync(FlowContext context, ServiceNowInstance instance, string clientId, string clientSecret, CancellationToken cancellationToken)
    {
        ServiceNowTokens tokens;
        try
        {
            tokens = await oauth.RequestClientCredentialsAsync(instance, clientId, clientSecret, cancellationToken);
        }
        catch (ServiceNowOAuthException)
        {
            logger.ConnectFailed(context.TenantId, "client credentials refused");
            return ResultCards.Failed(ConnectionText.Connect_ClientCredentials_Refused);
        }

        var now = time.GetUtcNow();
        var connection = new ServiceNowConnection
        {
            TenantId = context.TenantId, InstanceUrl = instance.ToString(), ClientId = clientId, ClientSecret = clientSecret, Tokens = tokens,
            Grant = ServiceNowGrant.ClientCredentials, ConnectedByName = context.UserName, ConnectedByAadObjectId = context.UserAadObjectId,
            ConnectedAt = now, LastSuccessAt = now, ConversationId = context.Turn.Activity.Conversation?.Id,
        };
        if (!await connections.TryAddAsync(connection, cancellationToken))
        {
            var winner = await connections.GetAsync(context.TenantId, cancellationToken);
            logger.ConnectFailed(context.TenantId, "conflict");
            return ResultCards.Notice(string.Format(CultureInfo.CurrentCulture, ConnectionText.Result_Conflict, winner?.ConnectedByName ?? "?"));
        }

        return await VerifyAsync(context, connection, cancellationToken);
    }

    private async Task<AdaptiveCard> VerifyAsync(FlowContext context, ServiceNowConnection connection, CancellationToken cancellationToken)
    {
        VerificationReport report;
        try
        {
            report = await verifier.VerifyAsync(connection.TenantId, connection.ClientId, ServiceNowGrant.ClientCredentials, cancellationToken);
        }
        catch (ServiceNowReauthorizationRequiredException)
        {
            return await UndoAsync(connection, ConnectionText.Connect_ClientCredentials_Refused, cancellationToken);
        }

        if (report.TooOld)
        {
            return await UndoAsync(connection, string.Format(CultureInfo.CurrentCulture, ConnectionText.Result_TooOld, connection.InstanceUrl, report.Version), cancellationToken);
        }

        var verified = await connections.UpdateAsync(connection.TenantId, c => c with
        {
            ConnectedAsUserName = report.User?.UserName,
            ConnectedAsIntegrationUser = report.User?.IsIntegrationUser ?? false,
            Version = report.Version?.ToString(),
        }, cancellationToken) ?? connection;
        logger.Connected(connection.TenantId, verified.ConnectedAsIntegrationUser);
        return ResultCards.Connected(verified, report.Checks);
    }

    private async Task<AdaptiveCard> UndoAsync(ServiceNowConnection connection, string reason, CancellationToken cancellationToken)
    {
        await connections.DeleteAsync(connection.TenantId, cancellationToken);
        logger.ConnectFailed(connection.TenantId, "verification");
        return ResultCards.Failed(reason);
    }
}
