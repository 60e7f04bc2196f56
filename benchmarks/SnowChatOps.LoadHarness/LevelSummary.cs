namespace SnowChatOps.LoadHarness;

/// <summary>One bot at one concurrency, over all its rounds.</summary>
internal sealed record LevelSummary(
    string Bot, int Users, int Sent, int Answered, bool AllAnswered, double RequestsPerSecond, LatencyStats Latency, double BotCpuMsPerRequest, double StorageCpuMsPerRequest)
{
    public static LevelSummary Of(string bot, int users, IReadOnlyList<SegmentResult> segments)
    {
        var mine = segments.Where(s => s.Bot == bot && s.Users == users).ToArray();
        var seconds = mine.Sum(s => s.Elapsed.TotalSeconds);
        var answered = mine.Sum(s => s.Answered);
        return new LevelSummary(
            bot,
            users,
            mine.Sum(s => s.Sent),
            answered,
            mine.Length > 0 && mine.All(s => s.AllAnswered),
            seconds > 0 ? answered / seconds : 0,
            LatencyStats.Of(mine.SelectMany(s => s.LatenciesMs)),
            answered > 0 ? mine.Sum(s => s.BotCpu.TotalMilliseconds) / answered : double.NaN,
            answered > 0 ? mine.Sum(s => s.StorageCpu.TotalMilliseconds) / answered : double.NaN);
    }
}
