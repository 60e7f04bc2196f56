using System.Globalization;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Connection.Cards;
using SnowChatOps.Bot.Connection.Diagnostics;
using SnowChatOps.Bot.Proactive;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.ServiceNow.Errors;

namespace SnowChatOps.Bot.Connection.Authorization;

/// <summary>
/// Handles ServiceNow's redirect: consumes the pending authorization (once), exchanges the code with PKCE, stores
/// the connection only if nobody else changed it meanwhile, verifies it, and posts the outcome into the chat.
/// Every failure path leaves either the previous connection or none, never a half-written one.
/// </summary>
internal sealed class AuthorizationCompleter(
    IPendingAuthorizationStore pending, AuthorizationExchange exchange, IConnectionStore connections, ConnectionVerifier verifier,
    ProactiveMessenger messenger, TimeProvider time, ILogger<AuthorizationCompleter> logger)
{
    public async Task<CallbackPage> CompleteAsync(OAuthCallback callback, CancellationToken cancellationToken)
    {
        var request = string.IsNullOrEmpty(callback.State) ? null : await pending.TryConsumeAsync(callback.State, cancellationToken);
        if (request is null || request.ExpiresAt < time.GetUtcNow())
        {
            logger.CallbackStateInvalid();
            return CallbackPage.Invalid(CultureInfo.GetCultureInfo("en-US"));
        }

        var outcome = await ConnectAsync(request, callback, cancellationToken);
        await PostAsync(request, outcome, cancellationToken);
        return CallbackPage.Done(LocaleMiddleware.Resolve(request.Locale));
    }

    private async Task<AuthorizationOutcome> ConnectAsync(PendingAuthorization request, OAuthCallback callback, CancellationToken cancellationToken)
    {
        if (callback.Error is not null || string.IsNullOrEmpty(callback.Code))
        {
            logger.ConnectFailed(request.TenantId, callback.Error ?? "no code");
            return callback.Error == "access_denied"
                ? _ => ResultCards.Notice(ConnectionText.Result_Denied)
                : _ => ResultCards.Failed(string.Format(CultureInfo.CurrentCulture, ConnectionText.OAuth_Unknown, exchange.CallbackUri));
        }

        var exchanged = await exchange.ExchangeAsync(request, callback.Code, cancellationToken);
        if (exchanged.Tokens is not { } tokens)
        {
            logger.ConnectFailed(request.TenantId, "token exchange");
            return exchanged.Failure!;
        }

        var saved = await SaveAsync(request, tokens, cancellationToken);
        if (saved is null)
        {
            var winner = await connections.GetAsync(request.TenantId, cancellationToken);
            await exchange.RevokeQuietlyAsync(request.InstanceUrl, tokens, cancellationToken);
            logger.ConnectFailed(request.TenantId, "conflict");
            return _ => ResultCards.Notice(string.Format(CultureInfo.CurrentCulture, ConnectionText.Result_Conflict, winner?.ConnectedByName ?? "?"));
        }

        return await VerifyAsync(saved, cancellationToken);
    }

    private async Task<ServiceNowConnection?> SaveAsync(PendingAuthorization request, ServiceNowTokens tokens, CancellationToken cancellationToken)
    {
        var existing = await connections.GetAsync(request.TenantId, cancellationToken);
        var connection = new ServiceNowConnection
        {
            TenantId = request.TenantId,
            InstanceUrl = request.InstanceUrl,
            ClientId = request.ClientId,
            ClientSecret = request.ClientSecret,
            Tokens = tokens,
            ConnectedByName = request.UserName,
            ConnectedByAadObjectId = request.UserAadObjectId,
            ConnectedAt = time.GetUtcNow(),
            LastSuccessAt = time.GetUtcNow(),
            ConversationId = request.Conversation.Conversation.Id,
            StateNames = existing?.StateNames ?? new Dictionary<string, string>(),
            ETag = request.ConnectionETag,
        };
        var stored = request.ConnectionETag is null
            ? await connections.TryAddAsync(connection, cancellationToken)
            : await connections.TryReplaceAsync(connection, cancellationToken);
        return stored ? await connections.GetAsync(request.TenantId, cancellationToken) : null;
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
        return clock => ResultCards.Connected(verified, report.Checks, clock);
    }

    private async Task<AuthorizationOutcome> UndoAsync(ServiceNowConnection connection, string reason, CancellationToken cancellationToken)
    {
        await connections.DeleteAsync(connection.TenantId, cancellationToken);
        await exchange.RevokeQuietlyAsync(connection.InstanceUrl, connection.Tokens, cancellationToken);
        logger.ConnectFailed(connection.TenantId, "verification");
        return _ => ResultCards.Failed(reason);
    }

    /// <summary>The used sign-in link must not look usable: its card becomes a short "finished" note.</summary>
    private static async Task RetireSignInCardAsync(Microsoft.Bot.Builder.ITurnContext turn, string? cardActivityId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(cardActivityId))
        {
            return;
        }

        var retired = (Microsoft.Bot.Schema.Activity)ResultCards.Notice(ConnectionText.Authorize_Finished).ToActivity();
        retired.Id = cardActivityId;
        try
        {
            await turn.UpdateActivityAsync(retired, cancellationToken);
        }
        catch (Microsoft.Bot.Schema.ErrorResponseException)
        {
            // The card was deleted or cannot be edited; the result still follows.
        }
    }

    private async Task PostAsync(PendingAuthorization request, AuthorizationOutcome outcome, CancellationToken cancellationToken)
    {
        var reference = request.Conversation;
        reference.Locale = request.Locale;
        var target = new ConversationRecord(request.TenantId, reference.Conversation.Id, reference.Conversation.ConversationType ?? "personal", null, reference, true, time.GetUtcNow());
        var delivered = await messenger.ContinueAsync(target, async (turn, ct) =>
        {
            await RetireSignInCardAsync(turn, request.CardActivityId, ct);
            await turn.SendActivityAsync(outcome(UserClock.For(turn)).ToActivity(), ct);
        }, cancellationToken);
        if (!delivered)
        {
            logger.ResultNotDelivered(request.TenantId);
        }
    }
}
