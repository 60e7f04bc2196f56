using System.Diagnostics;

namespace SnowChatOps.LoadHarness;

/// <summary>
/// Closed-loop load: <c>users</c> workers, each posting its user's next "help" as soon as the last one was answered,
/// until the segment's duration or request budget is spent.
/// </summary>
internal sealed class LoadSegment(HttpClient http, ConnectorStandIn connector, int storagePid)
{
    public async Task<SegmentResult> RunAsync(
        BotUnderTest bot, int users, int round, TimeSpan duration, int maxRequests, CancellationToken cancellationToken)
    {
        var repliesBefore = connector.Replies.Of(bot.Name);
        var (botCpu, storageCpu) = (ProcessCpu.Used(bot.ProcessId), ProcessCpu.Used(storagePid));
        var issued = 0;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, users)
            .Select(user => Task.Run(() => WorkerAsync(bot, user, () => clock.Elapsed < duration && Interlocked.Increment(ref issued) <= maxRequests, cancellationToken), cancellationToken))
            .ToArray();
        var outcomes = await Task.WhenAll(workers);
        var elapsed = clock.Elapsed;
        return new SegmentResult(
            bot.Name,
            users,
            round,
            outcomes.Sum(o => o.Sent),
            outcomes.Sum(o => o.LatenciesMs.Count),
            connector.Replies.Of(bot.Name) - repliesBefore,
            elapsed,
            [.. outcomes.SelectMany(o => o.LatenciesMs)],
            ProcessCpu.Used(bot.ProcessId) - botCpu,
            ProcessCpu.Used(storagePid) - storageCpu);
    }

    private async Task<WorkerOutcome> WorkerAsync(BotUnderTest bot, int user, Func<bool> more, CancellationToken cancellationToken)
    {
        var body = bot.BodyFor(user);
        var latencies = new List<double>(4096);
        var sent = 0;
        while (more())
        {
            sent++;
            var start = Stopwatch.GetTimestamp();
            try
            {
                using var content = BotUnderTest.Content(body);
                using var response = await http.PostAsync(bot.Messages, content, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
            }
            catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                // Refused or timed out: counted as unanswered (sent, no latency recorded).
            }
        }

        return new WorkerOutcome(sent, latencies);
    }

    private sealed record WorkerOutcome(int Sent, List<double> LatenciesMs);
}
