using SnowChatOps.TestSupport.Processes;

namespace SnowChatOps.LoadHarness;

/// <summary>
/// One harness run: Azurite, the connector stand-in, the echo bot and SnowChatOps (each its own process, loopback only),
/// warm-up, idle RSS, then interleaved rounds (echo, SnowChatOps, echo, SnowChatOps, ...) per concurrency level,
/// then RSS after load. Everything started here is stopped before it returns.
/// </summary>
internal static class LoadRun
{
    public static async Task<HarnessReport> RunAsync(HarnessOptions options, TextWriter progress, CancellationToken cancellationToken)
    {
        // Measuring stops (between rounds) once MaxRunTime is spent; the hard limit only catches a hang.
        var budget = System.Diagnostics.Stopwatch.StartNew();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(options.MaxRunTime + options.Settle + HangMargin);
        var ct = limit.Token;
        Directory.CreateDirectory(options.OutputDirectory);
        using var http = LoopbackClient();
        await using var azurite = await AzuriteProcess.StartAsync(ct, logFile: Path.Combine(options.OutputDirectory, "azurite.log"));
        await using var connector = await ConnectorStandIn.StartAsync(ct);
        await using var echo = await BotUnderTest.StartAsync(BotLaunch.Echo(options), connector, http, options.OutputDirectory, ct);
        await using var snow = await BotUnderTest.StartAsync(BotLaunch.Snow(azurite.ConnectionString, options), connector, http, options.OutputDirectory, ct);
        BotUnderTest[] bots = [echo, snow];
        var load = new LoadSegment(http, connector, azurite.Process.Id);

        foreach (var bot in bots)
        {
            var warm = await load.RunAsync(bot, options.Users.Max(), 0, options.MaxRunTime, options.WarmupRequests, ct);
            progress.WriteLine($"warm-up {bot.Name}: {warm.Answered}/{warm.Sent} answered, started in {bot.StartupToFirstAnswer.TotalSeconds:0.00} s");
        }

        // Both bots sit idle for the same time (--hold-idle), so background timers and the GC have the same chance to
        // trim; the hold does not count against MaxRunTime.
        await Task.Delay(options.Settle, ct);
        var idle = bots.ToDictionary(b => b.Name, b => b.Rss());
        var segments = new List<SegmentResult>();
        for (var round = 1; round <= options.Rounds; round++)
        {
            foreach (var users in options.Users.TakeWhile(_ => budget.Elapsed - options.Settle < options.MaxRunTime))
            {
                foreach (var bot in bots)
                {
                    var segment = await load.RunAsync(bot, users, round, options.SegmentDuration, options.MaxRequestsPerSegment, ct);
                    segments.Add(segment);
                    progress.WriteLine($"round {round} users {users} {bot.Name}: {segment.RequestsPerSecond:0} req/s, {segment.Answered}/{segment.Sent} answered, {segment.Replies} replies");
                }
            }
        }

        var footprints = bots.Select(b => new BotFootprint(b.Name, b.StartupToFirstAnswer, idle[b.Name], b.Rss())).ToArray();
        return new HarnessReport(options, footprints, segments);
    }

    private static readonly TimeSpan HangMargin = TimeSpan.FromMinutes(1);

    // Loopback only, never through a proxy; one connection per concurrent user.
    private static HttpClient LoopbackClient() => new(new SocketsHttpHandler
    {
        UseProxy = false,
        MaxConnectionsPerServer = 1024,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };
}
