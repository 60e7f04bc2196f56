using System.Collections.Concurrent;
using SnowChatOps.Bot.Connection;

namespace SnowChatOps.TestSupport.Fakes;

/// <summary>The in-memory twin of TablePendingAuthorizationStore: consume is single-use.</summary>
internal sealed class InMemoryPendingAuthorizationStore : IPendingAuthorizationStore
{
    private readonly ConcurrentDictionary<string, PendingAuthorization> pending = new(StringComparer.Ordinal);

    public IReadOnlyCollection<PendingAuthorization> All => pending.Values.ToList();

    public Task SaveAsync(PendingAuthorization authorization, CancellationToken cancellationToken)
    {
        pending[authorization.State] = authorization;
        return Task.CompletedTask;
    }

    public Task<PendingAuthorization?> TryConsumeAsync(string state, CancellationToken cancellationToken)
        => Task.FromResult(pending.TryRemove(state, out var found) ? found : null);

    public Task DeleteForTenantAsync(string tenantId, CancellationToken cancellationToken)
    {
        foreach (var (state, authorization) in pending)
        {
            if (authorization.TenantId == tenantId)
            {
                pending.TryRemove(state, out _);
            }
        }

        return Task.CompletedTask;
    }
}
