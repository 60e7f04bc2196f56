using System.Globalization;
using System.Text;

namespace SnowChatOps.LoadHarness;

/// <summary>The report as Markdown tables, as pasted into docs/performance.md.</summary>
internal static class ReportMarkdown
{
    public static string Render(HarnessReport report)
    {
        var o = report.Options;
        var text = new StringBuilder();
        var rounds = report.Segments.Count == 0 ? 0 : report.Segments.Max(s => s.Round);
        Row(text, $"Rounds per level: {rounds} of {o.Rounds} (echo, then SnowChatOps), {o.SegmentDuration.TotalSeconds:0.#} s per segment, warm-up {o.WarmupRequests} requests per bot, idle RSS read after {o.Settle.TotalSeconds:0.#} s idle.");
        if (o.SnowDll is not null || o.SnowEnvironment.Count > 0 || o.EchoEnvironment.Count > 0)
        {
            Row(text, $"SnowChatOps: {o.SnowDll ?? "this build"} {string.Join(' ', o.SnowEnvironment.Select(e => e.Key + "=" + e.Value))}; echo: {string.Join(' ', o.EchoEnvironment.Select(e => e.Key + "=" + e.Value))}");
        }

        text.AppendLine();
        text.AppendLine("| users | bot | requests | answered | req/s | p50 ms | p95 ms | p99 ms | max ms | bot CPU ms/req | Azurite CPU ms/req |");
        text.AppendLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var users in o.Users)
        {
            foreach (var bot in new[] { BotLaunch.EchoName, BotLaunch.SnowName })
            {
                var s = report.Summary(bot, users);
                var l = s.Latency;
                Row(text, $"| {users} | {bot} | {s.Sent} | {s.Answered}{(s.AllAnswered ? string.Empty : " (missing replies)")} | {s.RequestsPerSecond:0} | {l.P50:0.00} | {l.P95:0.00} | {l.P99:0.00} | {l.Max:0.0} | {s.BotCpuMsPerRequest:0.00} | {s.StorageCpuMsPerRequest:0.00} |");
            }
        }

        text.AppendLine();
        text.AppendLine("| users | req/s ratio (rounds: min..max) | p99 ratio (rounds: min..max) | bot CPU/req ratio (rounds: min..max) | bot+Azurite CPU/req ratio |");
        text.AppendLine("|---:|---|---|---|---:|");
        foreach (var users in o.Users)
        {
            var (echo, snow) = (report.Summary(BotLaunch.EchoName, users), report.Summary(BotLaunch.SnowName, users));
            Row(text, $"| {users} | {snow.RequestsPerSecond / echo.RequestsPerSecond:0.00} ({Spread(report.RoundThroughputRatios(users))}) | {snow.Latency.P99 / echo.Latency.P99:0.00} ({Spread(report.RoundP99Ratios(users))}) | {snow.BotCpuMsPerRequest / echo.BotCpuMsPerRequest:0.00} ({Spread(report.RoundCpuRatios(users))}) | {(snow.BotCpuMsPerRequest + snow.StorageCpuMsPerRequest) / (echo.BotCpuMsPerRequest + echo.StorageCpuMsPerRequest):0.00} |");
        }

        text.AppendLine();
        text.AppendLine("| bot | start-up to first answer | idle RSS MB | idle anonymous / file-backed / shared MB | RSS after load MB |");
        text.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var f in report.Footprints)
        {
            Row(text, $"| {f.Bot} | {f.StartupToFirstAnswer.TotalSeconds:0.00} s | {f.IdleRssMb:0.0} | {f.Idle.AnonymousMb:0.0} / {f.Idle.FileMb:0.0} / {f.Idle.SharedMb:0.0} | {f.LoadedRssMb:0.0} |");
        }

        var (e, n) = (report.Footprint(BotLaunch.EchoName), report.Footprint(BotLaunch.SnowName));
        Row(text, $"| ratio | {n.StartupToFirstAnswer / e.StartupToFirstAnswer:0.00} | {n.IdleRssMb / e.IdleRssMb:0.00} | {n.Idle.AnonymousMb / e.Idle.AnonymousMb:0.00} / {n.Idle.FileMb / e.Idle.FileMb:0.00} / {n.Idle.SharedMb / e.Idle.SharedMb:0.00} | {n.LoadedRssMb / e.LoadedRssMb:0.00} |");
        return text.ToString();
    }

    private static string Spread(IReadOnlyList<double> ratios) =>
        ratios.Count == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{ratios.Min():0.00}..{ratios.Max():0.00}");

    private static void Row(StringBuilder text, FormattableString line) => text.AppendLine(FormattableString.Invariant(line));
}
