using System.Collections.Concurrent;
using System.Globalization;
using SnowChatOps.Bot.Tracking.Outbox;

namespace SnowChatOps.TestSupport.Fakes;

/// <summary>The in-memory twin of TableOutboxStore; both pass the same contract tests (OutboxStoreContract).</summary>
internal sealed class InMemoryOutboxStore : IOutboxStore
{
    private readonly ConcurrentDictionary<(string Tenant, string Key), OutboxItem> pending = new();
    private readonly ConcurrentDictionary<(string Tenant, string Key), string> done = new();
    private readonly Lock gate = new();
    private long version;

    public IReadOnlyCollection<OutboxItem> Pending => [.. pending.Values];

    public IReadOnlyDictionary<string, string> Done => done.ToDictionary(d => d.Key.Key, d => d.Value);

    public Task<OutboxItem?> AddAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (done.ContainsKey(KeyOf(item)) || pending.ContainsKey(KeyOf(item)))
            {
                return Task.FromResult<OutboxItem?>(null);
            }

            var added = item with { Version = NextVersion() };
            pending[KeyOf(item)] = added;
            return Task.FromResult<OutboxItem?>(added);
        }
    }

    public Task<IReadOnlyList<OutboxItem>> ListDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<OutboxItem>>([.. pending.Values.Where(i => i.DueAt <= now).OrderBy(i => i.DueAt).Take(max)]);

    public Task<OutboxItem?> TryClaimAsync(OutboxItem item, DateTimeOffset until, CancellationToken cancellationToken)
        => Task.FromResult(TryReplace(item with { DueAt = until, Attempts = item.Attempts + 1 }));

    public Task<bool> RescheduleAsync(OutboxItem item, DateTimeOffset dueAt, CancellationToken cancellationToken)
        => Task.FromResult(TryReplace(item with { DueAt = dueAt }) is not null);

    public Task<bool> IsDoneAsync(OutboxItem item, CancellationToken cancellationToken) => Task.FromResult(done.ContainsKey(KeyOf(item)));

    public Task CompleteAsync(OutboxItem item, string outcome, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            done.TryAdd(KeyOf(item), outcome);
            pending.TryRemove(KeyOf(item), out _);
        }

        return Task.CompletedTask;
    }

    private OutboxItem? TryReplace(OutboxItem changed)
    {
        lock (gate)
        {
            if (!pending.TryGetValue(KeyOf(changed), out var current) || current.Version != changed.Version)
            {
                return null;
            }

            var replaced = changed with { Version = NextVersion() };
            pending[KeyOf(changed)] = replaced;
            return replaced;
        }
    }

    private string NextVersion() => (++version).ToString(CultureInfo.InvariantCulture);

    private static (string, string) KeyOf(OutboxItem item) => (item.TenantId, item.ChangeKey + "~" + item.ItemId);
}
