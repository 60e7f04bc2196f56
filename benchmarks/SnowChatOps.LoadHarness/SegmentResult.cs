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
    IReadOnlyList<double> LatenciesMs)
{
    public double RequestsPerSecond => Answered / Elapsed.TotalSeconds;

    /// <summary>Every request got a 2xx and exactly one reply reached the connector.</summary>
    public bool AllAnswered => Sent == Answered && Replies == Answered;
}
