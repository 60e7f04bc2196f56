using System.Globalization;
using SnowChatOps.TestSupport;

namespace SnowChatOps.LoadHarness;

/// <summary>What one harness run does. Every loop is bounded by a count and by time.</summary>
internal sealed record HarnessOptions
{
    /// <summary>Rounds per concurrency level; a round is one echo segment then one SnowChatOps segment.</summary>
    public int Rounds { get; init; } = 4;

    /// <summary>How long one segment sends requests.</summary>
    public TimeSpan SegmentDuration { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>A segment also stops after this many requests.</summary>
    public int MaxRequestsPerSegment { get; init; } = 100_000;

    /// <summary>Concurrent users (each posts its next message when its last one was answered).</summary>
    public IReadOnlyList<int> Users { get; init; } = [8, 32];

    /// <summary>Requests per bot before idle RSS is read and measuring starts.</summary>
    public int WarmupRequests { get; init; } = 400;

    /// <summary>Quiet time after warm-up before the idle RSS is read.</summary>
    public TimeSpan Settle { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The whole run is cancelled after this.</summary>
    public TimeSpan MaxRunTime { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>Where the report and the bots' logs go (git-ignored).</summary>
    public string OutputDirectory { get; init; } = RepoPaths.Combine(".artifacts", "load-harness");

    public static HarnessOptions Parse(IReadOnlyList<string> args)
    {
        var options = new HarnessOptions();
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            var value = args[i + 1];
            options = args[i] switch
            {
                "--rounds" => options with { Rounds = Positive(value) },
                "--seconds" => options with { SegmentDuration = TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture)) },
                "--max-requests" => options with { MaxRequestsPerSegment = Positive(value) },
                "--users" => options with { Users = [.. value.Split(',').Select(Positive)] },
                "--warmup" => options with { WarmupRequests = Positive(value) },
                "--out" => options with { OutputDirectory = Path.GetFullPath(value) },
                _ => throw new ArgumentException($"Unknown option {args[i]}; use --rounds, --seconds, --max-requests, --users, --warmup, --out."),
            };
        }

        return options;
    }

    private static int Positive(string value)
    {
        var number = int.Parse(value, CultureInfo.InvariantCulture);
        return number > 0 ? number : throw new ArgumentOutOfRangeException(nameof(value), value, "must be positive");
    }
}
