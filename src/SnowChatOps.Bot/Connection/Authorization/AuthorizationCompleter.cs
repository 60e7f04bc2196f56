using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Connection.Cards;
using SnowChatOps.Bot.Connection.Confirmation;
using SnowChatOps.Bot.Proactive;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Connection.Authorization;

/// <summary>
/// Handles ServiceNow's redirect: consumes the pending authorization (once), exchanges the code with PKCE, asks
/// ServiceNow who signed in, and holds the tokens (encrypted) for the admin's confirmation, which it asks for in the
/// admin's personal chat. Nothing becomes a connection here: whoever completed the sign-in in a browser, only the
/// admin's "use this account" in Teams commits it (<see cref="SignInConfirmations"/>).
/// </summary>
internal sealed class AuthorizationCompleter(
    IPendingAuthorizationStore pending, AuthorizationExchange exchange, IPendingConfirmationStore confirmations, IOptions<ConnectionOptions> options,
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

        var (outcome, held) = await HoldAsync(request, callback, cancellationToken);
        if (!await PostAsync(request, outcome, cancellationToken) && held is not null
            && await confirmations.TryConsumeAsync(held.Id, cancellationToken) is { } undeliverable)
        {
            // Nobody can confirm what nobody sees: do not keep the tokens until the confirmation expires.
            await exchange.RevokeQuietlyAsync(undeliverable.InstanceUrl, undeliverable.Tokens, cancellationToken);
        }

        return CallbackPage.Done(LocaleMiddleware.Resolve(request.Locale));
    }

    private async Task<(AuthorizationOutcome Outcome, PendingConfirmation? Held)> HoldAsync(PendingAuthorization request, OAuthCallback callback, CancellationToken cancellationToken)
    {
        if (callback.Error is not null || string.IsNullOrEmpty(callback.Code))
        {
            logger.ConnectFailed(request.TenantId, callback.Error ?? "no code");
            AuthorizationOutcome refused = callback.Error == "access_denied"
                ? () => ResultCards.Notice(ConnectionText.Result_Denied)
                : () => ResultCards.Failed(string.Format(CultureInfo.CurrentCulture, ConnectionText.OAuth_Unknown, exchange.CallbackUri));
            return (refused, null);
        }

        var exchanged = await exchange.ExchangeAsync(request, callback.Code, cancellationToken);
        if (exchanged.Tokens is not { } tokens)
        {
            logger.ConnectFailed(request.TenantId, "token exchange");
            return (exchanged.Failure!, null);
        }

        if (await exchange.IdentifyAsync(request.InstanceUrl, tokens, cancellationToken) is not { } user)
        {
            await exchange.RevokeQuietlyAsync(request.InstanceUrl, tokens, cancellationToken);
            logger.ConnectFailed(request.TenantId, "identify");
            return (() => ResultCards.Failed(ConnectionText.Result_Unreachable), null);
        }

        var held = Held(request, tokens, user);
        await confirmations.SaveAsync(held, cancellationToken);
        logger.SignInHeld(request.TenantId, user.IsIntegrationUser);
        return (() => ConfirmationCards.Ask(held, options.Value.AuthorizationLifetime), held);
    }

    private PendingConfirmation Held(PendingAuthorization request, ServiceNowTokens tokens, ServiceNowUser user) => new()
    {
        Id = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).TrimEnd('=').Replace('+', '-').Replace('/', '_'),
        TenantId = request.TenantId,
        AdminAadObjectId = request.UserAadObjectId,
        AdminName = request.UserName,
        Locale = request.Locale,
        Conversation = request.Conversation,
        InstanceUrl = request.InstanceUrl,
        ClientId = request.ClientId,
        ClientSecret = request.ClientSecret,
        Tokens = tokens,
        SignedInAsUserName = user.UserName,
        SignedInAsName = user.Name,
        SignedInAsIntegrationUser = user.IsIntegrationUser,
        ConnectionETag = request.ConnectionETag,
        ExpiresAt = time.GetUtcNow() + options.Value.AuthorizationLifetime,
    };

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

    private async Task<bool> PostAsync(PendingAuthorization request, AuthorizationOutcome outcome, CancellationToken cancellationToken)
    {
        var reference = request.Conversation;
        reference.Locale = request.Locale;
        var target = new ConversationRecord(request.TenantId, reference.Conversation.Id, reference.Conversation.ConversationType ?? "personal", null, reference, true, time.GetUtcNow());
        var delivered = await messenger.ContinueAsync(target, async (turn, ct) =>
        {
            await RetireSignInCardAsync(turn, request.CardActivityId, ct);
            await turn.SendActivityAsync(outcome().ToActivity(), ct);
        }, cancellationToken);
        if (!delivered)
        {
            logger.ResultNotDelivered(request.TenantId);
        }

        return delivered;
    }
}
