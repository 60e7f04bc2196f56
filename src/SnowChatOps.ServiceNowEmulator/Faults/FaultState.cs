namespace SnowChatOps.ServiceNowEmulator.Faults;

/// <summary>The current faults and the rate-limit counter.</summary>
internal sealed class FaultState
{
    private readonly Lock gate = new();
    private FaultSettings settings = new();
    private int calls;

    public FaultSettings Current
    {
        get
        {
            lock (gate)
            {
                return settings;
            }
        }
    }

    public void Set(FaultSettings value)
    {
        lock (gate)
        {
            settings = value;
            calls = 0;
        }
    }

    /// <summary>Counts one Table API call; true when it is over the configured limit.</summary>
    public bool CountCallOverLimit()
    {
        lock (gate)
        {
            calls++;
            return settings.RateLimitAfter is { } limit && calls > limit;
        }
    }
}
