using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.ServiceNow.Auth;

namespace SnowChatOps.Bot.Connection;

/// <summary>The ServiceNow client's view of a tenant's connection: credentials in, rotated tokens out.</summary>
internal sealed class ConnectionCredentialStore(
    IConnectionStore store, ConnectionCache cache, ReauthorizationNotifier notifier, ServiceNowHostPolicy policy, TimeProvider time) : IServiceNowCredentialStore
{
    public async Task<ServiceNowCredentials?> GetAsync(string tenantId, CancellationToken cancellationToken)
    {
        var connection = await store.GetAsync(tenantId, cancellationToken);
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
