using Microsoft.Bot.Builder;

namespace SnowChatOps.TestSupport.Harness;

/// <summary>Bot Framework storage over <see cref="MemoryStorage"/> that counts reads and writes, for "this turn touched no state" tests.</summary>
internal sealed class CountingStorage : IStorage
{
    private readonly MemoryStorage inner = new();
    private int reads;
    private int writes;

    public int Reads => reads;

    public int Writes => writes;

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref reads);
        return inner.ReadAsync(keys, cancellationToken);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref writes);
        return inner.WriteAsync(changes, cancellationToken);
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);
}
