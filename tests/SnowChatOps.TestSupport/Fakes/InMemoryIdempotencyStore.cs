using System.Collections.Concurrent;
using SnowChatOps.Bot.Storage;

namespace SnowChatOps.TestSupport.Fakes;

/// <summary>The in-memory twin of TableIdempotencyStore; both pass the same contract tests.</summary>
internal sealed class InMemoryIdempotencyStore : IIdempotencyStore
{
    private readonly ConcurrentDictionary<(string, string), bool> claims = new();

    public Task<bool> TryClaimAsync(string scope, string key, CancellationToken cancellationToken)
        => Task.FromResult(claims.TryAdd((scope, key), true));

    public Task ReleaseAsync(string scope, string key, CancellationToken cancellationToken)
    {
        claims.TryRemove((scope, key), out _);
        return Task.CompletedTask;
    }
}
