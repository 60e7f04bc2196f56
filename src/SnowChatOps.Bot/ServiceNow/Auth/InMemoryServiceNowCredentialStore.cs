using System.Collections.Concurrent;

namespace SnowChatOps.Bot.ServiceNow.Auth;

/// <summary>
/// A real, process-local credential store for Development and tests (lost on restart by design; production
/// uses the Connection feature's encrypted table store).
/// </summary>
internal sealed class InMemoryServiceNowCredentialStore : IServiceNowCredentialStore
{
    private readonly ConcurrentDictionary<string, ServiceNowCredentials> connections = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> needsReauthorization = new(StringComparer.Ordinal);

    public void Connect(string tenantId, ServiceNowCredentials credentials)
    {
        connections[tenantId] = credentials;
        needsReauthorization.TryRemove(tenantId, out _);
    }

    /// <summary>The reason given when the tenant was flagged, or null.</summary>
    public string? ReauthorizationReason(string tenantId) => needsReauthorization.GetValueOrDefault(tenantId);

    public Task<ServiceNowCredentials?> GetAsync(string tenantId, CancellationToken cancellationToken) =>
        Task.FromResult(needsReauthorization.ContainsKey(tenantId) ? null : connections.GetValueOrDefault(tenantId));

    public Task<ServiceNowCredentials?> GetLatestAsync(string tenantId, CancellationToken cancellationToken) => GetAsync(tenantId, cancellationToken);

    public Task SaveTokensAsync(string tenantId, ServiceNowTokens tokens, CancellationToken cancellationToken)
    {
        connections.AddOrUpdate(
            tenantId,
            _ => throw new InvalidOperationException($"Tenant {tenantId} has no ServiceNow connection."),
            (_, existing) => existing with { Tokens = tokens });
        return Task.CompletedTask;
    }

    public Task MarkNeedsReauthorizationAsync(string tenantId, string reason, CancellationToken cancellationToken)
    {
        needsReauthorization[tenantId] = reason;
        return Task.CompletedTask;
    }
}
