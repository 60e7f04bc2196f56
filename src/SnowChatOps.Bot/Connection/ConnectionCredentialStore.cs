using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.ServiceNow.Auth;

namespace SnowChatOps.Bot.Connection;

/// <summary>The ServiceNow client's view of a tenant's connection: credentials in, rotated tokens out.</summary>
internal sealed class ConnectionCredentialStore(
    IConnectionStore store, ConnectionCache cache, ReauthorizationNotifier notifier, ServiceNowHostPolicy policy, TimeProvider time) : IServiceNowCredentialStore
{
    /// <summary>
    /// Within <see cref="ConnectionOptions.CacheFreshFor"/> of the last read or check, the cached connection without a
    /// look (the several calls of one share or poll cycle); otherwise the store, which checks the row's ETag. A change
    /// made by another instance meanwhile costs at most a refused call: a 401 refreshes from the stored row.
    /// </summary>
    public async Task<ServiceNowCredentials?> GetAsync(string tenantId, CancellationToken cancellationToken)
    {
        var connection = cache.Find(tenantId, out var fresh) is { } cached && fresh ? cached : await store.GetAsync(tenantId, cancellationToken);
        return connection is { Status: ConnectionStatus.Connected } ? ConnectionCredentials.From(connection, policy) : null;
    }

    /// <summary>Past the cache: a token refresh must start from the tokens another instance may just have rotated.</summary>
    public Task<ServiceNowCredentials?> GetLatestAsync(string tenantId, CancellationToken cancellationToken)
    {
        cache.Invalidate(tenantId);
        return GetAsync(tenantId, cancellationToken);
    }

    public Task SaveTokensAsync(string tenantId, ServiceNowTokens tokens, CancellationToken cancellationToken)
        => store.UpdateAsync(tenantId, c => c with { Tokens = tokens, LastSuccessAt = time.GetUtcNow() }, cancellationToken);

    public Task MarkNeedsReauthorizationAsync(string tenantId, string reason, CancellationToken cancellationToken)
        => notifier.MarkAndNotifyAsync(tenantId, reason, cancellationToken);
}
