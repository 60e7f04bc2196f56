namespace SnowChatOps.Bot.Connection;

/// <summary>
/// The connection store the app uses: <see cref="TableConnectionStore"/> behind <see cref="ConnectionCache"/>. Reads
/// come from the cache while it is fresh, after an ETag check once it is not; every write (successful or not: a lost
/// race means the cached copy is stale too) drops the tenant's entry on this instance. Other instances notice by ETag.
/// </summary>
internal sealed class CachingConnectionStore(TableConnectionStore inner, ConnectionCache cache) : IConnectionStore
{
    public async Task<ServiceNowConnection?> GetAsync(string tenantId, CancellationToken cancellationToken)
    {
        if (cache.Find(tenantId, out var fresh) is { ETag: { } etag } cached)
        {
            if (fresh)
            {
                return cached;
            }

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
