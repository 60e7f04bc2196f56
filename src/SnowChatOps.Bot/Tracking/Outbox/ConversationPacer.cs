namespace SnowChatOps.Bot.Tracking.Outbox;

/// <summary>
/// Keeps this instance's posts inside Teams' documented bot limits (Microsoft Learn, "Optimize your bot with rate
/// limiting in Teams"): per bot per thread 7 operations a second and 60 per 30 seconds, and 50 requests a second
/// per app per tenant. Sliding windows of send times per conversation and per tenant; the caller asks before a send
/// and is told how long to wait instead of sleeping. Per instance: see docs/tracking.md for several instances.
/// </summary>
internal sealed class ConversationPacer(TimeProvider time)
{
    public static readonly (int Count, TimeSpan Window)[] ThreadLimits = [(7, TimeSpan.FromSeconds(1)), (60, TimeSpan.FromSeconds(30))];
    public static readonly (int Count, TimeSpan Window) TenantLimit = (50, TimeSpan.FromSeconds(1));
    private const int MaxTracked = 10_000;
    private readonly Dictionary<string, Queue<DateTimeOffset>> sends = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>Takes a send slot now (null) or says how long until one is free (nothing taken).</summary>
    public TimeSpan? TryAcquire(string tenantId, string conversationId)
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            var thread = Window("c|" + tenantId + "|" + conversationId);
            var tenant = Window("t|" + tenantId);
            var wait = ThreadLimits.Select(limit => WaitFor(thread, limit, now)).Append(WaitFor(tenant, TenantLimit, now)).Max();
            if (wait > TimeSpan.Zero)
            {
                return wait;
            }

            thread.Enqueue(now);
            tenant.Enqueue(now);
            return null;
        }
    }

    private Queue<DateTimeOffset> Window(string key)
    {
        if (!sends.TryGetValue(key, out var window))
        {
            if (sends.Count >= MaxTracked)
            {
                sends.Clear(); // bounded: forgetting old windows can only allow a send Teams would also allow later
            }

            sends[key] = window = new Queue<DateTimeOffset>();
        }

        return window;
    }

    private static TimeSpan WaitFor(Queue<DateTimeOffset> window, (int Count, TimeSpan Window) limit, DateTimeOffset now)
    {
        var longest = ThreadLimits.Max(l => l.Window);
        while (window.Count > 0 && now - window.Peek() >= longest)
        {
            window.Dequeue();
        }

        var inWindow = window.Where(at => now - at < limit.Window).ToList();
        return inWindow.Count < limit.Count ? TimeSpan.Zero : inWindow[^limit.Count] + limit.Window - now;
    }
}
