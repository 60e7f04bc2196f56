using System.Text.Json;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace SnowChatOps.Bot.SecureScore.Graph;

/// <summary>
/// Reads a tenant's full control-profile catalog from Microsoft Graph, following <c>@odata.nextLink</c>, and keeps it
/// in memory for <see cref="SecureScoreOptions.CacheDuration"/> (measured with <see cref="TimeProvider"/>).
/// </summary>
internal sealed class GraphImprovementActionSource(
    GraphSecureScoreClient client,
    IMemoryCache cache,
    TimeProvider time,
    IOptions<SecureScoreOptions> options,
    ILogger<GraphImprovementActionSource> logger) : IImprovementActionSource
{
    public async Task<IReadOnlyList<ImprovementAction>> GetAllAsync(string tenantId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        var key = new CatalogCacheKey(tenantId.Trim().ToLowerInvariant());
        if (cache.TryGetValue(key, out CachedCatalog? cached) && cached is not null && cached.ExpiresAt > time.GetUtcNow())
        {
            logger.CatalogCacheHit(tenantId);
            return cached.Actions;
        }

        var actions = await FetchAllAsync(tenantId, cancellationToken);
        var duration = options.Value.CacheDuration;
        if (duration > TimeSpan.Zero)
        {
            // Our own expiry check uses TimeProvider; the cache's expiration only frees memory eventually.
            cache.Set(key, new CachedCatalog(actions, time.GetUtcNow() + duration), duration);
        }

        return actions;
    }

    private async Task<IReadOnlyList<ImprovementAction>> FetchAllAsync(string tenantId, CancellationToken cancellationToken)
    {
        try
        {
            return await FetchPagesAsync(tenantId, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or MsalException
                                       or BrokenCircuitException or TimeoutRejectedException)
        {
            logger.GraphUnavailable(tenantId, ex);
            throw new ImprovementActionsUnavailableException("Microsoft Graph Secure Score could not be read.", ex);
        }
    }

    private async Task<IReadOnlyList<ImprovementAction>> FetchPagesAsync(string tenantId, CancellationToken cancellationToken)
    {
        var actions = new List<ImprovementAction>();
        Uri? next = null;
        var pages = 0;
        do
        {
            if (++pages > options.Value.MaxPages)
            {
                throw new ImprovementActionsUnavailableException($"Graph paging did not end within {options.Value.MaxPages} pages.");
            }

            var page = await client.GetPageAsync(tenantId, next, cancellationToken);
            actions.AddRange(ControlProfileMapper.ToImprovementActions(page.Value ?? [], logger));
            next = NextLink(page.NextLink);
        }
        while (next is not null);

        logger.CatalogFetched(tenantId, actions.Count, pages);
        return actions;
    }

    private Uri? NextLink(string? nextLink)
    {
        if (string.IsNullOrWhiteSpace(nextLink))
        {
            return null;
        }

        if (Uri.TryCreate(nextLink, UriKind.Absolute, out var uri) && client.IsOwnHost(uri))
        {
            return uri;
        }

        logger.ForeignNextLinkRefused(uri?.Host ?? "(not an absolute URL)");
        throw new ImprovementActionsUnavailableException("Graph returned a next link to a different host.");
    }

    private sealed record CatalogCacheKey(string TenantId);

    private sealed record CachedCatalog(IReadOnlyList<ImprovementAction> Actions, DateTimeOffset ExpiresAt);
}
