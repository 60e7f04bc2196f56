using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using SnowChatOps.Bot.ServiceNow.Api;
using SnowChatOps.Bot.ServiceNow.Errors;

namespace SnowChatOps.Bot.ServiceNow.Auth;

/// <summary>
/// Outermost handler of the Table API client: routes the request to the tenant's instance (so the resilience
/// handler below it sees the real authority), attaches the bearer token, and on a 401 refreshes exactly once.
/// </summary>
internal sealed class ServiceNowAuthHandler(
    IServiceNowCredentialStore store, ServiceNowTokenRefresher refresher, ILogger<ServiceNowAuthHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var tenantId = ServiceNowRequestOptions.Get<string>(request, ServiceNowRequestOptions.TenantId)
            ?? throw new InvalidOperationException("ServiceNow Table API calls must carry a tenant id.");
        var credentials = await store.GetAsync(tenantId, cancellationToken).ConfigureAwait(false)
            ?? throw new ServiceNowReauthorizationRequiredException(tenantId, "not connected");
        ServiceNowRequestOptions.RouteTo(request, credentials.Instance.BaseUri);

        var tokens = await refresher.EnsureFreshAsync(tenantId, credentials, cancellationToken).ConfigureAwait(false);
        var response = await SendWithTokenAsync(request, tokens, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        response.Dispose();
        tokens = await refresher.RefreshAsync(tenantId, tokens.AccessToken, "401", cancellationToken).ConfigureAwait(false);
        response = await SendWithTokenAsync(request, tokens, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            logger.UnauthorizedAfterRefresh(tenantId);
        }

        return response;
    }

    private Task<HttpResponseMessage> SendWithTokenAsync(HttpRequestMessage request, ServiceNowTokens tokens, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        return base.SendAsync(request, cancellationToken);
    }
}
