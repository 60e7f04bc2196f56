using System.Collections.Concurrent;
using Microsoft.Bot.Connector;

namespace SnowChatOps.Bot.Bot;

/// <summary>
/// One Bot Connector client per <see cref="ConnectorClientKey"/>, reused by every turn. The SDK's factory builds a new
/// client per turn (microsoft/botbuilder-dotnet, <c>ConnectorFactoryImpl.CreateAsync</c>), and each client brings new
/// Newtonsoft settings with a new contract resolver (<c>ConnectorClient.Initialize</c>), so every reply re-built the
/// contracts and re-compiled the property getters of the activity types: most of the CPU of a turn
/// (docs/performance.md). The SDK's older <c>BotFrameworkAdapter</c> cached its clients per service URL and app id
/// the same way. Credentials get and refresh their token per request, so a long-lived client stays valid; an entry
/// still ends after <see cref="Lifetime"/> so a client never pins one HTTP handler (DNS) or one credential forever.
/// This is a pool of clients, not state: losing it costs one rebuild.
/// </summary>
internal sealed class ConnectorClientCache(TimeProvider time)
{
    /// <summary>How long one client is reused; then the next turn builds a fresh one.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>Bound on distinct keys (service URLs come from authenticated activities; this bounds it anyway).</summary>
    public const int MaxEntries = 256;

    private readonly ConcurrentDictionary<ConnectorClientKey, Entry> entries = new();

    /// <summary>
    /// The shared client for <paramref name="key"/>, made from the one <paramref name="create"/> returns when there is
    /// none (or it expired). When <paramref name="create"/> returns something other than a <see cref="ConnectorClient"/>,
    /// or the cache is full, nothing is shared: the turn gets its own client, as before.
    /// </summary>
    public async Task<IConnectorClient> GetAsync(
        ConnectorClientKey key, Func<CancellationToken, Task<IConnectorClient>> create, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (!entries.TryGetValue(key, out var entry) || !entry.IsUsableAt(now))
        {
            if (entry is null && !HasRoom(now))
            {
                return await create(cancellationToken);
            }

            var fresh = new Entry(now, create);
            entry = entry is null
                ? entries.GetOrAdd(key, fresh)
                : entries.TryUpdate(key, fresh, entry) ? fresh : entries.GetOrAdd(key, fresh);
        }

        var client = await entry.Client.Value.WaitAsync(cancellationToken);
        if (client is SharedConnectorClient)
        {
            return client;
        }

        entries.TryRemove(new KeyValuePair<ConnectorClientKey, Entry>(key, entry));
        (client as IDisposable)?.Dispose();
        return await create(cancellationToken);
    }

    private bool HasRoom(DateTimeOffset now)
    {
        if (entries.Count < MaxEntries)
        {
            return true;
        }

        foreach (var (key, entry) in entries)
        {
            if (!entry.IsUsableAt(now))
            {
                entries.TryRemove(new KeyValuePair<ConnectorClientKey, Entry>(key, entry));
            }
        }

        return entries.Count < MaxEntries;
    }

    private sealed class Entry(DateTimeOffset createdAt, Func<CancellationToken, Task<IConnectorClient>> create)
    {
        // Not the first caller's token: several turns may wait for this one client.
        public Lazy<Task<IConnectorClient>> Client { get; } = new(() => ShareAsync(create));

        public bool IsUsableAt(DateTimeOffset now)
            => now - createdAt < Lifetime && !(Client.IsValueCreated && (Client.Value.IsFaulted || Client.Value.IsCanceled));

        private static async Task<IConnectorClient> ShareAsync(Func<CancellationToken, Task<IConnectorClient>> create)
        {
            var made = await create(CancellationToken.None);
            return made is ConnectorClient client && client.HttpClient is { } http
                ? new SharedConnectorClient(client.BaseUri, client.Credentials, http)
                : made;
        }
    }
}
