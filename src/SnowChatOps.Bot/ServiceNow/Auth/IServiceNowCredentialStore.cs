namespace SnowChatOps.Bot.ServiceNow.Auth;

/// <summary>
/// Where each tenant's ServiceNow connection lives. The Connection feature implements it over encrypted table
/// storage; <see cref="InMemoryServiceNowCredentialStore"/> serves Development and tests.
/// </summary>
internal interface IServiceNowCredentialStore
{
    /// <summary>The tenant's connection, or null when it has none (or it needs reauthorization).</summary>
    Task<ServiceNowCredentials?> GetAsync(string tenantId, CancellationToken cancellationToken);

    /// <summary>The tenant's connection as stored now, past any cache (what a token refresh must start from).</summary>
    Task<ServiceNowCredentials?> GetLatestAsync(string tenantId, CancellationToken cancellationToken);

    /// <summary>Persists rotated tokens after a refresh.</summary>
    Task SaveTokensAsync(string tenantId, ServiceNowTokens tokens, CancellationToken cancellationToken);

    /// <summary>Flags the connection so an admin is asked to reconnect; <paramref name="reason"/> is a short code, never a secret.</summary>
    Task MarkNeedsReauthorizationAsync(string tenantId, string reason, CancellationToken cancellationToken);
}
