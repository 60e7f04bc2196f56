using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace SnowChatOps.Bot.Connection;

/// <summary>
/// Each tenant's decrypted connection, so the several reads of one share or poll cycle (ServiceNow calls, state
/// names, the instance) decrypt the row once. A cache, not state: Table Storage stays the truth. Store reads
/// re-validate an entry by the row's ETag (a projected read, no decryption); ServiceNow calls trust it without a look
/// for <see cref="ConnectionOptions.CacheFreshFor"/>. It is dropped <see cref="ConnectionOptions.CacheLifetime"/>
/// after it was read, so decrypted tokens do not stay in memory longer, and on every write through this instance.
/// </summary>
internal sealed class ConnectionCache(TimeProvider time, IOptions<ConnectionOptions> options)
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    /// <summary>The tenant's entry if one is held and not past its lifetime; <paramref name="fresh"/> says whether it may be used unchecked.</summary>
    public ServiceNowConnection? Find(string tenantId, out bool fresh)
    {
        fresh = false;
        if (!entries.TryGetValue(tenantId, out var entry))
        {
            return null;
        }

        var now = time.GetUtcNow();
        if (now >= entry.ReadAt + options.Value.CacheLifetime)
        {
            entries.TryRemove(KeyValuePair.Create(tenantId, entry));
            return null;
        }

        fresh = now < entry.CheckedAt + options.Value.CacheFreshFor;
        return entry.Connection;
    }

    public void Set(ServiceNowConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var now = time.GetUtcNow();
        entries[connection.TenantId] = new Entry(connection, now, now);
    }

    /// <summary>The row still has the entry's ETag: trust the entry for another freshness window.</summary>
    public void Confirm(string tenantId, string etag)
    {
        if (entries.TryGetValue(tenantId, out var entry) && entry.Connection.ETag == etag)
        {
            entries.TryUpdate(tenantId, entry with { CheckedAt = time.GetUtcNow() }, entry);
        }
    }

    public void Invalidate(string tenantId) => entries.TryRemove(tenantId, out _);

    private sealed record Entry(ServiceNowConnection Connection, DateTimeOffset ReadAt, DateTimeOffset CheckedAt);
}
