using System.Collections.Concurrent;
using SnowChatOps.Bot.Connection;

namespace SnowChatOps.TestSupport.Fakes;

/// <summary>The in-memory twin of TableConnectionStore (same conditional-write contract, tested against both).</summary>
internal sealed class InMemoryConnectionStore : IConnectionStore
{
    private readonly ConcurrentDictionary<string, ServiceNowConnection> connections = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private long version;

    public Task<ServiceNowConnection?> GetAsync(string tenantId, CancellationToken cancellationToken)
        => Task.FromResult(connections.GetValueOrDefault(tenantId));

    public Task<bool> TryAddAsync(ServiceNowConnection connection, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(connections.TryAdd(connection.TenantId, connection with { ETag = NextETag() }));
        }
    }

    public Task<bool> TryReplaceAsync(ServiceNowConnection connection, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (!connections.TryGetValue(connection.TenantId, out var current) || current.ETag != connection.ETag)
            {
                return Task.FromResult(false);
            }

            connections[connection.TenantId] = connection with { ETag = NextETag() };
            return Task.FromResult(true);
        }
    }

    public Task DeleteAsync(string tenantId, CancellationToken cancellationToken)
    {
        connections.TryRemove(tenantId, out _);
        return Task.CompletedTask;
    }

    public Task<string?> FindTenantByInstanceAsync(string instanceUrl, CancellationToken cancellationToken)
        => Task.FromResult(connections.Values.FirstOrDefault(c => c.InstanceUrl == instanceUrl)?.TenantId);

    private string NextETag() => $"W/\"{++version}\"";
}
