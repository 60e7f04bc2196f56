namespace SnowChatOps.Bot.Hosting.IdleTrim;

/// <summary>
/// When the last request that was not a probe arrived, and whether memory has been trimmed since: the one piece of
/// state between <see cref="TrafficMiddleware"/> (every request) and <see cref="IdleTrimService"/>.
/// </summary>
internal sealed class TrafficClock(TimeProvider time)
{
    private long lastTimestamp = time.GetTimestamp();
    private int untrimmed;

    /// <summary>True when traffic arrived since the last trim.</summary>
    public bool Untrimmed => Volatile.Read(ref untrimmed) == 1;

    /// <summary>A request arrived (one volatile write each; no lock on the hot path).</summary>
    public void Touch()
    {
        Volatile.Write(ref lastTimestamp, time.GetTimestamp());
        Volatile.Write(ref untrimmed, 1);
    }

    /// <summary>
    /// True, once, when traffic arrived since the last trim and none for <paramref name="quiet"/>: the caller trims now.
    /// </summary>
    public bool TryStartTrim(TimeSpan quiet)
    {
        if (!Untrimmed || time.GetElapsedTime(Volatile.Read(ref lastTimestamp)) < quiet)
        {
            return false;
        }

        return Interlocked.CompareExchange(ref untrimmed, 0, 1) == 1;
    }
}
