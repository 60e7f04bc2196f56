using System.Globalization;
using Microsoft.Extensions.Options;
using SnowChatOps.Bot.Connection.Cards;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.ServiceNow.Auth;
using SnowChatOps.Bot.ServiceNow.Errors;

namespace SnowChatOps.Bot.Connection.Authorization;

/// <summary>
/// The OAuth calls of connecting: code for tokens (ServiceNow's opaque refusals mapped to likely causes) and
/// best-effort revocation of tokens we will not keep.
/// </summary>
internal sealed class AuthorizationExchange(ServiceNowOAuthClient oauth, ServiceNowHostPolicy policy, IOptions<ConnectionOptions> options)
{
    public Uri CallbackUri => options.Value.GetCallbackUri();

    public async Task<ExchangeResult> ExchangeAsync(PendingAuthorization request, string code, CancellationToken cancellationToken)
    {
        try
        {
            var instance = ServiceNowInstance.Parse(request.InstanceUrl, policy);
            return new(await oauth.ExchangeCodeAsync(instance, request.ClientId, request.ClientSecret, code, CallbackUri, request.CodeVerifier, cancellationToken), null);
        }
        catch (ServiceNowOAuthException ex)
        {
            var reason = ex.Reason switch
            {
                ServiceNowOAuthFailureReason.InvalidClient => ConnectionText.OAuth_InvalidClient,
                ServiceNowOAuthFailureReason.InvalidGrantOrCode => ConnectionText.OAuth_InvalidGrantOrCode,
                ServiceNowOAuthFailureReason.GrantTypeDisabled => ConnectionText.OAuth_GrantTypeDisabled,
                ServiceNowOAuthFailureReason.RedirectUriMismatch => string.Format(CultureInfo.CurrentCulture, ConnectionText.OAuth_RedirectUriMismatch, CallbackUri),
                _ => string.Format(CultureInfo.CurrentCulture, ConnectionText.OAuth_Unknown, CallbackUri),
            };
            return new(null, () => ResultCards.Failed(reason));
        }
        catch (ServiceNowException ex) when (ex is ServiceNowUnavailableException or ServiceNowIpBlockedException or ServiceNowRateLimitedException or ServiceNowRequestRejectedException)
        {
            return new(null, () => ResultCards.Failed(ConnectionText.Result_Unreachable));
        }
    }

    /// <summary>Who the fresh <paramref name="tokens"/> act as; null when ServiceNow did not say.</summary>
    public async Task<ServiceNowUser?> IdentifyAsync(string instanceUrl, ServiceNowTokens tokens, CancellationToken cancellationToken)
    {
        try
        {
            return await oauth.IdentifyAsync(ServiceNowInstance.Parse(instanceUrl, policy), tokens, cancellationToken);
        }
        catch (ServiceNowException)
        {
            return null;
        }
    }

    public async Task<bool> RevokeQuietlyAsync(string instanceUrl, ServiceNowTokens tokens, CancellationToken cancellationToken)
    {
        try
        {
            var instance = ServiceNowInstance.Parse(instanceUrl, policy);
            await oauth.RevokeAsync(instance, tokens.RefreshToken, cancellationToken);
            await oauth.RevokeAsync(instance, tokens.AccessToken, cancellationToken);
            return true;
        }
        catch (ServiceNowException)
        {
            return false;
        }
    }
}
