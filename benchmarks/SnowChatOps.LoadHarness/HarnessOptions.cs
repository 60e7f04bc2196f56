using System.Globalization;
using SnowChatOps.TestSupport;

namespace SnowChatOps.LoadHarness;

/// <summary>What one harness run does. Every loop is bounded by a count and by time.</summary>
internal sealed record HarnessOptions
{
    /// <summary>Rounds per concurrency level; a round is one echo segment then one SnowChatOps segment.</summary>
    public int Rounds { get; init; } = 8;

    /// <summary>How long one segment sends requests.</summary>
    public TimeSpan SegmentDuration { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>A segment also stops after this many requests.</summary>
    public int MaxRequestsPerSegment { get; init; } = 100_000;

    /// <summary>Concurrent users (each posts its next message when its last one was answered).</summary>
    public IReadOnlyList<int> Users { get; init; } = [8, 32];

    /// <summary>Requests per bot before idle RSS is read and measuring starts.</summary>
    public int WarmupRequests { get; init; } = 400;

    /// <summary>Quiet time after warm-up before the idle RSS is read (<c>--hold-idle</c> seconds).</summary>
    public TimeSpan Settle { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The whole run is cancelled after this.</summary>
    public TimeSpan MaxRunTime { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>Where the report and the bots' logs go (git-ignored).</summary>
    public string OutputDirectory { get; init; } = RepoPaths.Combine(".artifacts", "load-harness");

    /// <summary>Another build of SnowChatOps to measure (e.g. a copy of main's output), instead of this configuration's.</summary>
    public string? SnowDll { get; init; }

    /// <summary>Extra environment for SnowChatOps (experiments: GC knobs, log levels); wins over the harness's.</summary>
    public IReadOnlyDictionary<string, string?> SnowEnvironment { get; init; } = new Dictionary<string, string?>();

    /// <summary>Extra environment for the echo bot.</summary>
    public IReadOnlyDictionary<string, string?> EchoEnvironment { get; init; } = new Dictionary<string, string?>();

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
                "--hold-idle" => options with { Settle = TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture)) },
                "--out" => options with { OutputDirectory = Path.GetFullPath(value) },
                "--snow-dll" => options with { SnowDll = Path.GetFullPath(value) },
                "--snow-env" => options with { SnowEnvironment = With(options.SnowEnvironment, value) },
                "--echo-env" => options with { EchoEnvironment = With(options.EchoEnvironment, value) },
                _ => throw new ArgumentException(
                    $"Unknown option {args[i]}; use --rounds, --seconds, --max-requests, --users, --warmup, --hold-idle, --out, --snow-dll, --snow-env K=V, --echo-env K=V."),
            };
        }

        return options;
    }

    private static Dictionary<string, string?> With(IReadOnlyDictionary<string, string?> environment, string assignment)
    {
        var split = assignment.IndexOf('=', StringComparison.Ordinal);
        if (split <= 0)
        {
            throw new ArgumentException($"Expected KEY=VALUE, got {assignment}.");
        }

        return new Dictionary<string, string?>(environment) { [assignment[..split]] = assignment[(split + 1)..] };
    }

    private static int Positive(string value)
    {
        var number = int.Parse(value, CultureInfo.InvariantCulture);
        return number > 0 ? number : throw new ArgumentOutOfRangeException(nameof(value), value, "must be positive");
    }
}
