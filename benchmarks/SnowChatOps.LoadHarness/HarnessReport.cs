namespace SnowChatOps.LoadHarness;

/// <summary>Everything one run measured; ratios are SnowChatOps over the echo bot, from the same run.</summary>
internal sealed record HarnessReport(HarnessOptions Options, IReadOnlyList<BotFootprint> Footprints, IReadOnlyList<SegmentResult> Segments)
{
    public LevelSummary Summary(string bot, int users) => LevelSummary.Of(bot, users, Segments);

    public BotFootprint Footprint(string bot) => Footprints.Single(f => f.Bot == bot);

    /// <summary>SnowChatOps/echo requests per second of each round (adjacent segments), to show the spread.</summary>
    public IReadOnlyList<double> RoundThroughputRatios(int users) => RoundRatios(users, s => s.RequestsPerSecond);

    /// <summary>SnowChatOps/echo p99 latency of each round.</summary>
    public IReadOnlyList<double> RoundP99Ratios(int users) => RoundRatios(users, s => LatencyStats.Of(s.LatenciesMs).P99);

    /// <summary>SnowChatOps/echo CPU per request of each round.</summary>
    public IReadOnlyList<double> RoundCpuRatios(int users) => RoundRatios(users, s => s.BotCpuMsPerRequest);

    private List<double> RoundRatios(int users, Func<SegmentResult, double> measure) =>
    [
        .. Segments.Where(s => s.Users == users && s.Bot == BotLaunch.SnowName)
            .Join(Segments.Where(s => s.Users == users && s.Bot == BotLaunch.EchoName), s => s.Round, e => e.Round, (s, e) => measure(s) / measure(e)),
    ];
}
