using System.Collections.Concurrent;

namespace SnowChatOps.LoadHarness;

/// <summary>Replies the connector stand-in received, per bot (the first segment of the service URL's path).</summary>
internal sealed class ReplyCounts
{
    private readonly ConcurrentDictionary<string, long> counts = new(StringComparer.Ordinal);

    public void Add(string bot) => counts.AddOrUpdate(bot, 1, (_, count) => count + 1);

    public long Of(string bot) => counts.TryGetValue(bot, out var count) ? count : 0;
}
