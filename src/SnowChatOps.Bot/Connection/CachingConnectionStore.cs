namespace SnowChatOps.Bot.Connection;

/// <summary>
/// The connection store the app uses: <see cref="TableConnectionStore"/> behind <see cref="ConnectionCache"/>. Every
/// read checks the row's ETag (a projected read, no decryption) and decrypts only when the row changed, so what admins
/// see (connected or not, by whom) is never stale, whichever instance changed it. Every write (successful or not: a
/// lost race means the cached copy is stale too) drops the tenant's entry. Only ServiceNow calls skip the check within
/// the fresh window (<see cref="ConnectionCredentialStore"/>).
/// </summary>
internal sealed class CachingConnectionStore(TableConnectionStore inner, ConnectionCache cache) : IConnectionStore
{
    public async Task<ServiceNowConnection?> GetAsync(string tenantId, CancellationToken cancellationToken)
    {
        if (cache.Find(tenantId, out _) is { ETag: { } etag } cached)
        {
            if (await inner.GetETagAsync(tenantId, cancellationToken) == etag)
            {
                cache.Confirm(tenantId, etag);
                return cached;
            }
        }

        var connection = await inner.GetAsync(tenantId, cancellationToken);
        if (connection is null)
        {
            cache.Invalidate(tenantId);
        }
        else
        {
            cache.Set(connection);
        }

        return connection;
    }

    public Task<bool> TryAddAsync(ServiceNowConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        cache.Invalidate(connection.TenantId);
        return inner.TryAddAsync(connection, cancellationToken);
    }

    public async Task<bool> TryReplaceAsync(ServiceNowConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        try
        {
            return await inner.TryReplaceAsync(connection, cancellationToken);
        }
        finally
        {
            cache.Invalidate(connection.TenantId);
        }
    }

    public async Task DeleteAsync(string tenantId, CancellationToken cancellationToken)
    {
        try
        {
            await inner.DeleteAsync(tenantId, cancellationToken);
        }
        finally
        {
            cache.Invalidate(tenantId);
        }
    }

    public Task<string?> FindTenantByInstanceAsync(string instanceUrl, CancellationToken cancellationToken) =>
        inner.FindTenantByInstanceAsync(instanceUrl, cancellationToken);
}
