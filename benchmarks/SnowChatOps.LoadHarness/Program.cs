using System.Globalization;
using SnowChatOps.LoadHarness;

// dotnet run -c Release --project benchmarks/SnowChatOps.LoadHarness -- [--rounds 4] [--seconds 5] [--users 8,32] [--warmup 400] [--hold-idle 2]
var options = HarnessOptions.Parse(args);
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

var report = await LoadRun.RunAsync(options, Console.Error, stop.Token);
var markdown = ReportMarkdown.Render(report);
Console.WriteLine(markdown);
var stamp = TimeProvider.System.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
var file = Path.Combine(options.OutputDirectory, $"report-{stamp}.md");
await File.WriteAllTextAsync(file, markdown, stop.Token);
Console.Error.WriteLine($"Report: {file}");
return report.Segments.All(s => s.AllAnswered) ? 0 : 1;
