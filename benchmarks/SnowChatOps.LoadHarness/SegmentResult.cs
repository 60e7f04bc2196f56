namespace SnowChatOps.LoadHarness;

/// <summary>One bot under one load for one segment: what was sent, what was answered, and how fast.</summary>
internal sealed record SegmentResult(
    string Bot,
    int Users,
    int Round,
    int Sent,
    int Answered,
    long Replies,
    TimeSpan Elapsed,
    IReadOnlyList<double> LatenciesMs,
    TimeSpan BotCpu,
    TimeSpan StorageCpu)
{
    public double RequestsPerSecond => Answered / Elapsed.TotalSeconds;

    /// <summary>
    /// CPU the bot's process used per answered request: unlike req/s, barely moved by how much of the machine other
    /// work takes, so the steadier measure of per-turn cost on a shared machine.
    /// </summary>
    public double BotCpuMsPerRequest => Answered == 0 ? double.NaN : BotCpu.TotalMilliseconds / Answered;

    /// <summary>Every request got a 2xx and exactly one reply reached the connector.</summary>
    public bool AllAnswered => Sent == Answered && Replies == Answered;
}
