using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using SnowChatOps.TestSupport.Processes;

namespace SnowChatOps.IntegrationTests.Bot;

/// <summary>The bot process's log lines matching a pattern, from the moment the watch was made (event-driven, no polling).</summary>
public sealed class BotLogWatch : IDisposable
{
    private readonly OutputBuffer output;
    private readonly Regex pattern;
    private readonly ConcurrentQueue<string> lines = new();
    private readonly List<(Regex Pattern, TaskCompletionSource<string> Seen)> waiters = [];
    private readonly Lock gate = new();

    public BotLogWatch(OutputBuffer output, Regex pattern)
    {
        this.output = output;
        this.pattern = pattern;
        output.LineAppended += OnLine;
    }

    public IReadOnlyCollection<string> Lines => [.. lines];

    /// <summary>The first collected line that also matches <paramref name="line"/>; fails after <paramref name="timeout"/>.</summary>
    public Task<string> FirstAsync(Regex line, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var seen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            if (lines.FirstOrDefault(line.IsMatch) is { } already)
            {
                return Task.FromResult(already);
            }

            waiters.Add((line, seen));
        }

        return seen.Task.WaitAsync(timeout, cancellationToken);
    }

    public void Dispose() => output.LineAppended -= OnLine;

    private void OnLine(string line)
    {
        if (!pattern.IsMatch(line))
        {
            return;
        }

        lock (gate)
        {
            lines.Enqueue(line);
            foreach (var (wanted, seen) in waiters.Where(waiter => waiter.Pattern.IsMatch(line)))
            {
                seen.TrySetResult(line);
            }
        }
    }
}
