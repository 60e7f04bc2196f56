using System.Globalization;
using SnowChatOps.Bot.Connection.Authorization;
using SnowChatOps.Bot.Connection.Cards;
using SnowChatOps.Bot.Connection.Diagnostics;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.ServiceNow.Errors;

namespace SnowChatOps.Bot.Connection.Confirmation;

/// <summary>
/// Turns a confirmed sign-in into the tenant's connection: stores it only if nobody else changed the connection
/// meanwhile, verifies it, and undoes it (revoking the tokens) when verification fails. Every failure path leaves
/// either the previous connection or none, never a half-written one.
/// </summary>
internal sealed class ConnectionCommitter(
    IConnectionStore connections, ConnectionVerifier verifier, AuthorizationExchange exchange, TimeProvider time, ILogger<ConnectionCommitter> logger)
{
    public async Task<AuthorizationOutcome> CommitAsync(PendingConfirmation confirmed, CancellationToken cancellationToken)
    {
        var saved = await SaveAsync(confirmed, cancellationToken);
        if (saved is null)
        {
            var winner = await connections.GetAsync(confirmed.TenantId, cancellationToken);
            await exchange.RevokeQuietlyAsync(confirmed.InstanceUrl, confirmed.Tokens, cancellationToken);
            logger.ConnectFailed(confirmed.TenantId, "conflict");
            return () => ResultCards.Notice(string.Format(CultureInfo.CurrentCulture, ConnectionText.Result_Conflict, winner?.ConnectedByName ?? "?"));
        }

        return await VerifyAsync(saved, cancellationToken);
    }

    private async Task<ServiceNowConnection?> SaveAsync(PendingConfirmation confirmed, CancellationToken cancellationToken)
    {
        var existing = await connections.GetAsync(confirmed.TenantId, cancellationToken);
        var connection = new ServiceNowConnection
        {
            TenantId = confirmed.TenantId,
            InstanceUrl = confirmed.InstanceUrl,
            ClientId = confirmed.ClientId,
            ClientSecret = confirmed.ClientSecret,
            Tokens = confirmed.Tokens,
            ConnectedByName = confirmed.AdminName,
            ConnectedByAadObjectId = confirmed.AdminAadObjectId,
            ConnectedAt = time.GetUtcNow(),
            LastSuccessAt = time.GetUtcNow(),
            ConversationId = confirmed.Conversation.Conversation.Id,
            StateNames = existing?.StateNames ?? new Dictionary<string, string>(),
            ETag = confirmed.ConnectionETag,
        };
        var stored = confirmed.ConnectionETag is null
            ? await connections.TryAddAsync(connection, cancellationToken)
            : await connections.TryReplaceAsync(connection, cancellationToken);
        return stored ? await connections.GetAsync(confirmed.TenantId, cancellationToken) : null;
    }

    private async Task<AuthorizationOutcome> VerifyAsync(ServiceNowConnection connection, CancellationToken cancellationToken)
    {
        VerificationReport report;
        try
        {
            report = await verifier.VerifyAsync(connection.TenantId, connection.ClientId, cancellationToken);
        }
        catch (ServiceNowReauthorizationRequiredException)
        {
            return await UndoAsync(connection, ConnectionText.OAuth_InvalidGrantOrCode, cancellationToken);
        }

        if (report.TooOld)
        {
            var text = string.Format(CultureInfo.CurrentCulture, ConnectionText.Result_TooOld, connection.InstanceUrl, report.Version);
            return await UndoAsync(connection, text, cancellationToken);
        }

        var verified = await connections.UpdateAsync(connection.TenantId, c => c with
        {
            ConnectedAsUserName = report.User?.UserName,
            ConnectedAsIntegrationUser = report.User?.IsIntegrationUser ?? false,
            Version = report.Version?.ToString(),
        }, cancellationToken) ?? connection;
        logger.Connected(connection.TenantId, verified.ConnectedAsIntegrationUser);
        return () => ResultCards.Connected(verified, report.Checks);
    }

    private async Task<AuthorizationOutcome> UndoAsync(ServiceNowConnection connection, string reason, CancellationToken cancellationToken)
    {
        await connections.DeleteAsync(connection.TenantId, cancellationToken);
        await exchange.RevokeQuietlyAsync(connection.InstanceUrl, connection.Tokens, cancellationToken);
        logger.ConnectFailed(connection.TenantId, "verification");
        return () => ResultCards.Failed(reason);
    }
}
