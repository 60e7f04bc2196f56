using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Refit;
using SnowChatOps.Bot.ServiceNow.Api;
using SnowChatOps.Bot.ServiceNow.Dtos;
using SnowChatOps.Bot.ServiceNow.Errors;

namespace SnowChatOps.Bot.ServiceNow.Auth;

/// <summary>ServiceNow OAuth (authorization code + PKCE, refresh, client credentials, revoke). Not tenant-routed: the instance is explicit.</summary>
internal sealed class ServiceNowOAuthClient(IServiceNowOAuthApi api, TimeProvider time, ILogger<ServiceNowOAuthClient> logger)
{
    public const string ClientCredentialsGrant = "client_credentials";

    public Uri BuildAuthorizeUri(ServiceNowInstance instance, string clientId, Uri redirectUri, string state, string codeChallenge)
    {
        var query = new Dictionary<string, string?>
        {
            ["response_type"] = "code",
            ["client_id"] = clientId,
            ["redirect_uri"] = redirectUri.AbsoluteUri,
            ["state"] = state,
            ["code_challenge"] = codeChallenge,
            ["code_challenge_method"] = Pkce.Method,
        };
        return new Uri(QueryHelpers.AddQueryString(new Uri(instance.BaseUri, "oauth_auth.do").AbsoluteUri, query));
    }

    public Task<ServiceNowTokens> ExchangeCodeAsync(
        ServiceNowInstance instance, string clientId, string clientSecret, string code, Uri redirectUri, string codeVerifier, CancellationToken cancellationToken) =>
        RequestAsync(instance, new TokenRequestForm
        {
            GrantType = "authorization_code", ClientId = clientId, ClientSecret = clientSecret,
            Code = code, RedirectUri = redirectUri.AbsoluteUri, CodeVerifier = codeVerifier,
        }, fallbackRefreshToken: null, cancellationToken);

    public Task<ServiceNowTokens> RefreshAsync(
        ServiceNowInstance instance, string clientId, string clientSecret, string refreshToken, CancellationToken cancellationToken) =>
        RequestAsync(instance, new TokenRequestForm
        {
            GrantType = "refresh_token", ClientId = clientId, ClientSecret = clientSecret, RefreshToken = refreshToken,
        }, fallbackRefreshToken: refreshToken, cancellationToken);

    /// <summary>
    /// The client-credentials grant (Washington DC and later, when the instance enables it): an access token acting as
    /// the entity's OAuth Application User, with no refresh token; a new one is requested when it expires.
    /// </summary>
    public Task<ServiceNowTokens> RequestClientCredentialsAsync(
        ServiceNowInstance instance, string clientId, string clientSecret, CancellationToken cancellationToken) =>
        RequestAsync(instance, new TokenRequestForm
        {
            GrantType = ClientCredentialsGrant, ClientId = clientId, ClientSecret = clientSecret,
        }, fallbackRefreshToken: string.Empty, cancellationToken);

    /// <summary>Gets fresh tokens the way the grant allows: the refresh token, or a new client-credentials request.</summary>
    public Task<ServiceNowTokens> RenewAsync(ServiceNowCredentials credentials, CancellationToken cancellationToken) =>
        credentials.Grant == ServiceNowGrant.ClientCredentials
            ? RequestClientCredentialsAsync(credentials.Instance, credentials.ClientId, credentials.ClientSecret, cancellationToken)
            : RefreshAsync(credentials.Instance, credentials.ClientId, credentials.ClientSecret, credentials.Tokens.RefreshToken, cancellationToken);

    /// <summary>
    /// Who <paramref name="tokens"/> act as: asked right after the code exchange, so the admin can confirm the account
    /// before anything is stored. Failures surface as <see cref="ServiceNowException"/>s.
    /// </summary>
    public async Task<ServiceNowUser> IdentifyAsync(ServiceNowInstance instance, ServiceNowTokens tokens, CancellationToken cancellationToken)
    {
        var parameters = new TableQueryParameters
        {
            Query = EncodedQuery.Empty.Where("sys_id").Is("javascript:gs.getUserID()").ToString(), Fields = UserRecordDto.Fields, Limit = 1,
        };
        using var response = await ServiceNowCall.SendAsync(
            ct => api.ListUsersWithTokenAsync(parameters, tokens.AccessToken, instance.BaseUri, ct), instance.ToString(), cancellationToken).ConfigureAwait(false);
        var user = response.Content?.Result?.FirstOrDefault() ?? throw new ServiceNowNotFoundException("ServiceNow returned no current user.");
        return TicketMapper.ToUser(user) with { Roles = await IdentifyRolesAsync(instance, tokens, cancellationToken).ConfigureAwait(false) };
    }

    // An interactive integration user is recognised by our role; empty when sys_user_has_role is not readable.
    private async Task<IReadOnlyList<string>> IdentifyRolesAsync(ServiceNowInstance instance, ServiceNowTokens tokens, CancellationToken cancellationToken)
    {
        var parameters = new TableQueryParameters
        {
            Query = EncodedQuery.Empty.Where("user").Is("javascript:gs.getUserID()").ToString(), Fields = UserRoleRecordDto.Fields, DisplayValue = "true",
        };
        try
        {
            using var response = await ServiceNowCall.SendAsync(
                ct => api.ListUserRolesWithTokenAsync(parameters, tokens.AccessToken, instance.BaseUri, ct), instance.ToString(), cancellationToken).ConfigureAwait(false);
            return [.. (response.Content?.Result ?? []).Select(r => r.Role).OfType<string>()];
        }
        catch (Exception ex) when (ex is ServiceNowForbiddenException or ServiceNowNotFoundException)
        {
            return [];
        }
    }

    /// <summary>Marks a token expired on the instance (used when a tenant disconnects).</summary>
    public async Task RevokeAsync(ServiceNowInstance instance, string token, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(ct => api.RevokeTokenAsync(new RevokeParameters(token), instance.BaseUri, ct), cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw Failure("revoke", instance, response);
        }
    }

    private async Task<ServiceNowTokens> RequestAsync(
        ServiceNowInstance instance, TokenRequestForm form, string? fallbackRefreshToken, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(ct => api.RequestTokenAsync(form, instance.BaseUri, ct), cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode || response.Content?.AccessToken is not { Length: > 0 } access)
        {
            throw Failure(form.GrantType, instance, response);
        }

        var refresh = response.Content.RefreshToken is { Length: > 0 } rotated ? rotated : fallbackRefreshToken
            ?? throw new ServiceNowOAuthException(ServiceNowOAuthFailureReason.Unknown, "no_refresh_token", "ServiceNow returned no refresh token");
        var lifetime = TimeSpan.FromSeconds(response.Content.ExpiresIn ?? 1800);
        return new ServiceNowTokens(access, refresh, time.GetUtcNow() + lifetime);
    }

    private static async Task<T> SendAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ServiceNowErrorMapper.TryFromTransport(ex, cancellationToken, out var mapped))
        {
            throw mapped;
        }
    }

    private ServiceNowException Failure(string grant, ServiceNowInstance instance, IApiResponse response)
    {
        if (response.HasRequestError(out var requestError))
        {
            return ServiceNowErrorMapper.TryFromTransport(requestError, CancellationToken.None, out var mapped)
                ? mapped
                : new ServiceNowUnavailableException("ServiceNow OAuth request failed.", requestError);
        }

        var status = response.StatusCode ?? HttpStatusCode.ServiceUnavailable;
        if ((int)status >= 500)
        {
            return new ServiceNowUnavailableException($"ServiceNow OAuth endpoint answered {(int)status}.") { StatusCode = status };
        }

        var content = response.HasResponseError(out var apiError) ? apiError.Content : null;
        if (status == HttpStatusCode.Forbidden && ServiceNowErrorMapper.IsIpBlock(null, null, content))
        {
            return new ServiceNowIpBlockedException("The instance refused this caller's IP address.") { StatusCode = status };
        }

        var body = ServiceNowErrorMapper.TryParse<OAuthErrorDto>(content);
        var reason = OAuthErrorClassifier.Classify(grant, status, body?.Error, body?.ErrorDescription);
        logger.OAuthFailed(grant, instance.ToString(), reason.ToString(), (int)status, body?.Error);
        return new ServiceNowOAuthException(reason, body?.Error, body?.ErrorDescription) { StatusCode = status };
    }
}
