using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace SnowChatOps.Bot.Observability;

/// <summary>Our ActivitySource and Meter. Every feature's spans and instruments hang off these names.</summary>
internal sealed class Telemetry : IDisposable
{
    public const string Name = "SnowChatOps.Bot";

    public Telemetry(IMeterFactory meters)
    {
        Meter = meters.Create(Name);
        Turns = Meter.CreateCounter<long>("snowchatops.bot.turns", description: "Bot turns processed, by activity type and outcome.");
        TurnDuration = Meter.CreateHistogram<double>("snowchatops.bot.turn.duration", unit: "ms", description: "Time to process one turn.");
    }

    public static ActivitySource Source { get; } = new(Name);

    public Meter Meter { get; }

    public Counter<long> Turns { get; }

    public Histogram<double> TurnDuration { get; }

    public void Dispose() => Source.Dispose();
}
