using System.Collections.Concurrent;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace SnowChatOps.Bot.Storage;

/// <summary>
/// Hands out table clients, creating each table once on first use so the app starts even while storage is down.
/// The dictionary caches clients (not application state).
/// </summary>
internal sealed class StorageTables(TableServiceClient service, IOptions<StorageOptions> options)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<TableClient>>> tables = new(StringComparer.Ordinal);

    public Task<TableClient> GetAsync(string name, CancellationToken cancellationToken)
    {
        var fullName = options.Value.TablePrefix + name;
        var lazy = tables.GetOrAdd(fullName, n => new Lazy<Task<TableClient>>(() => CreateAsync(n)));
        return lazy.Value.WaitAsync(cancellationToken);
    }

    public TableServiceClient Service => service;

    /// <summary>
    /// Forgets a failed attempt, whatever failed (a refused connection surfaces as an AggregateException after the
    /// SDK's retries, not as a RequestFailedException), so the next call tries again instead of replaying the fault
    /// forever. An exception filter: it never catches.
    /// </summary>
    private bool Forget(string fullName)
    {
        tables.TryRemove(fullName, out _);
        return false;
    }

    private async Task<TableClient> CreateAsync(string fullName)
    {
        var client = service.GetTableClient(fullName);
        try
        {
            await client.CreateIfNotExistsAsync(CancellationToken.None);
            return client;
        }
        catch (Exception) when (Forget(fullName))
        {
            throw; // not reached: Forget returns false, so the exception passes unchanged
        }
    }
}
