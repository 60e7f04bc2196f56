using System.Collections.Concurrent;

namespace SnowChatOps.Bot.ServiceNow.Auth;

/// <summary>
/// Singleton holding one refresh gate per tenant. It only serialises refreshes inside this process; the
/// persisted tokens stay the source of truth (another instance may still refresh concurrently).
/// </summary>
internal sealed class ServiceNowRefreshGates
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> gates = new(StringComparer.Ordinal);

    public SemaphoreSlim For(string tenantId) => gates.GetOrAdd(tenantId, _ => new SemaphoreSlim(1, 1));
}
