namespace SnowChatOps.Bot.Connection;

/// <summary>Authorizations waiting for ServiceNow's callback. A pending authorization can be consumed once.</summary>
internal interface IPendingAuthorizationStore
{
    Task SaveAsync(PendingAuthorization pending, CancellationToken cancellationToken);

    /// <summary>Removes and returns the authorization for <paramref name="state"/>; null if unknown or already used.</summary>
    Task<PendingAuthorization?> TryConsumeAsync(string state, CancellationToken cancellationToken);

    Task DeleteForTenantAsync(string tenantId, CancellationToken cancellationToken);
}
