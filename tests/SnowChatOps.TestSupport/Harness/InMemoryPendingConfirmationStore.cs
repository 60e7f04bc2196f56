using System.Collections.Concurrent;
using SnowChatOps.Bot.Connection.Confirmation;

namespace SnowChatOps.TestSupport.Harness;

/// <summary>The in-memory twin of TablePendingConfirmationStore: consume is single-use.</summary>
internal sealed class InMemoryPendingConfirmationStore : IPendingConfirmationStore
{
    private readonly ConcurrentDictionary<string, PendingConfirmation> held = new(StringComparer.Ordinal);

    public IReadOnlyCollection<PendingConfirmation> All => held.Values.ToList();

    public Task SaveAsync(PendingConfirmation confirmation, CancellationToken cancellationToken)
    {
        held[confirmation.Id] = confirmation;
        return Task.CompletedTask;
    }

    public Task<PendingConfirmation?> GetAsync(string id, CancellationToken cancellationToken)
        => Task.FromResult(held.GetValueOrDefault(id));

    public Task<PendingConfirmation?> TryConsumeAsync(string id, CancellationToken cancellationToken)
        => Task.FromResult(held.TryRemove(id, out var found) ? found : null);

    public Task<IReadOnlyList<PendingConfirmation>> ConsumeForTenantAsync(string tenantId, CancellationToken cancellationToken)
    {
        var consumed = new List<PendingConfirmation>();
        foreach (var (id, confirmation) in held)
        {
            if (confirmation.TenantId == tenantId && held.TryRemove(id, out var removed))
            {
                consumed.Add(removed);
            }
        }

        return Task.FromResult<IReadOnlyList<PendingConfirmation>>(consumed);
    }
}
