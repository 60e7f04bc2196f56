namespace SnowChatOps.LoadHarness;

/// <summary>Nearest-rank percentiles over every answered request (no outlier removal: a p99 that drops outliers is not a p99).</summary>
internal sealed record LatencyStats(double P50, double P95, double P99, double Max)
{
    public static LatencyStats Of(IEnumerable<double> latenciesMs)
    {
        var sorted = latenciesMs.Order().ToArray();
        if (sorted.Length == 0)
        {
            return new LatencyStats(double.NaN, double.NaN, double.NaN, double.NaN);
        }

        return new LatencyStats(Rank(sorted, 0.50), Rank(sorted, 0.95), Rank(sorted, 0.99), sorted[^1]);
    }

    private static double Rank(double[] sorted, double quantile) =>
        sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1)];
}
