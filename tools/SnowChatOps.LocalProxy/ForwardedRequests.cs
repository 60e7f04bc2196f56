using System.Collections.Concurrent;

namespace SnowChatOps.LocalProxy;

/// <summary>
/// What the proxy forwarded and where (method, path without query, instance), oldest first, for tests that need to
/// know which instance handled a request they did not send themselves. Bounded; never holds query strings or bodies.
/// </summary>
internal sealed class ForwardedRequests
{
    private const int Capacity = 2000;
    private readonly ConcurrentQueue<ForwardedRequest> requests = new();
    private long sequence;

    /// <summary>Proxy middleware after load balancing: records the chosen instance, forwards, then notes the status.</summary>
    public async Task RecordAsync(HttpContext context, Func<Task> next)
    {
        var chosen = context.GetReverseProxyFeature().AvailableDestinations.FirstOrDefault()?.DestinationId ?? "none";
        var entry = new ForwardedRequest(Interlocked.Increment(ref sequence), context.Request.Method, context.Request.Path, chosen);
        requests.Enqueue(entry);
        while (requests.Count > Capacity && requests.TryDequeue(out _))
        {
        }

        await next();
        entry.Status = context.Response.StatusCode;
    }

    public IReadOnlyList<ForwardedRequest> All() => [.. requests];
}
