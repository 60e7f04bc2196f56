namespace SnowChatOps.Bot.Connection;

/// <summary>
/// The tenant's one ServiceNow connection. Writes are conditional: <see cref="TryAddAsync"/> fails if one exists,
/// <see cref="TryReplaceAsync"/> fails if it changed since it was read, so two admins cannot half-overwrite each other.
/// </summary>
internal interface IConnectionStore
{
    Task<ServiceNowConnection?> GetAsync(string tenantId, CancellationToken cancellationToken);

    Task<bool> TryAddAsync(ServiceNowConnection connection, CancellationToken cancellationToken);

    /// <summary>Replaces the stored connection if its ETag still equals <paramref name="connection"/>'s.</summary>
    Task<bool> TryReplaceAsync(ServiceNowConnection connection, CancellationToken cancellationToken);

    Task DeleteAsync(string tenantId, CancellationToken cancellationToken);
}
