using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SnowChatOps.Bot.ServiceNow.Errors;

namespace SnowChatOps.Bot.ServiceNow.Auth;

/// <summary>
/// Refreshes a tenant's tokens (or, for a client-credentials connection, requests new ones). The per-tenant gate (from the singleton <see cref="ServiceNowRefreshGates"/>)
/// collapses concurrent refreshes into one: a caller that waited re-reads the store and reuses tokens another
/// caller already rotated. Across instances the store decides: a refresh rejected because another instance already
/// rotated the refresh token takes that instance's tokens instead of asking for reauthorization.
/// </summary>
internal sealed class ServiceNowTokenRefresher(
    ServiceNowRefreshGates gates,
    IServiceNowCredentialStore store,
    ServiceNowOAuthClient oauth,
    TimeProvider time,
    IOptions<ServiceNowOptions> options,
    ILogger<ServiceNowTokenRefresher> logger)
{
    /// <summary>Current tokens, refreshed first when they expire within the configured window.</summary>
    public Task<ServiceNowTokens> EnsureFreshAsync(string tenantId, ServiceNowCredentials credentials, CancellationToken cancellationToken) =>
        IsNearExpiry(credentials.Tokens)
            ? RefreshAsync(tenantId, credentials.Tokens.AccessToken, "proactive", cancellationToken)
            : Task.FromResult(credentials.Tokens);

    /// <summary>Refreshes unless someone already replaced <paramref name="staleAccessToken"/>.</summary>
    public async Task<ServiceNowTokens> RefreshAsync(string tenantId, string staleAccessToken, string trigger, CancellationToken cancellationToken)
    {
        var gate = gates.For(tenantId);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = await store.GetLatestAsync(tenantId, cancellationToken).ConfigureAwait(false)
                ?? throw new ServiceNowReauthorizationRequiredException(tenantId, "not connected");
            if (current.Tokens.AccessToken != staleAccessToken && !IsNearExpiry(current.Tokens))
            {
                logger.RefreshCollapsed(tenantId);
                return current.Tokens;
            }

            logger.RefreshingToken(tenantId, trigger);
            var fresh = await RefreshOrFlagAsync(tenantId, current, cancellationToken).ConfigureAwait(false);
            await store.SaveTokensAsync(tenantId, fresh, cancellationToken).ConfigureAwait(false);
            return fresh;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<ServiceNowTokens> RefreshOrFlagAsync(string tenantId, ServiceNowCredentials current, CancellationToken cancellationToken)
    {
        try
        {
            return await oauth.RenewAsync(current, cancellationToken).ConfigureAwait(false);
        }
        catch (ServiceNowOAuthException rejected)
        {
            // The gate serialises this process only: another instance may have refreshed meanwhile, and where the
            // instance rotates refresh tokens ours was just spent. Its tokens are as good as ours would have been.
            if (await store.GetLatestAsync(tenantId, cancellationToken).ConfigureAwait(false) is { } latest
                && latest.Tokens.RefreshToken != current.Tokens.RefreshToken)
            {
                logger.RefreshCollapsed(tenantId);
                return latest.Tokens;
            }

            var reason = $"refresh token rejected: {rejected.Reason}";
            logger.RefreshRejected(tenantId, rejected.Reason.ToString());
            await store.MarkNeedsReauthorizationAsync(tenantId, reason, cancellationToken).ConfigureAwait(false);
            throw new ServiceNowReauthorizationRequiredException(tenantId, reason, rejected);
        }
    }

    private bool IsNearExpiry(ServiceNowTokens tokens) => tokens.ExpiresWithin(options.Value.RefreshBeforeExpiry, time.GetUtcNow());
}
