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

    /// <summary>
    /// The tenant connected to this instance (its normalised origin, e.g. https://acme.service-now.com), or null.
    /// A scan: callers keep their own index and use this only when the index has no answer yet.
    /// </summary>
    Task<string?> FindTenantByInstanceAsync(string instanceUrl, CancellationToken cancellationToken);
}
