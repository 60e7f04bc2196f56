namespace SnowChatOps.Bot.Connection;

internal static class ConnectionStoreExtensions
{
    private const int MaxAttempts = 5;

    /// <summary>
    /// Read-modify-write with optimistic concurrency: re-reads and re-applies <paramref name="change"/> when
    /// another writer got in first. Returns the stored result, or null when there is no connection (any more).
    /// </summary>
    public static async Task<ServiceNowConnection?> UpdateAsync(
        this IConnectionStore store, string tenantId, Func<ServiceNowConnection, ServiceNowConnection?> change, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var current = await store.GetAsync(tenantId, cancellationToken);
            if (current is null)
            {
                return null;
            }

            var next = change(current);
            if (next is null || ReferenceEquals(next, current))
            {
                return current;
            }

            if (await store.TryReplaceAsync(next with { ETag = current.ETag }, cancellationToken))
            {
                return await store.GetAsync(tenantId, cancellationToken);
            }
        }

        throw new InvalidOperationException("The ServiceNow connection kept changing while it was being updated.");
    }
}
