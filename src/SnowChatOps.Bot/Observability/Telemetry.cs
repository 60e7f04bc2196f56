using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace SnowChatOps.Bot.Observability;

/// <summary>
/// Our ActivitySource and Meter. Every feature's spans and instruments hang off these names; features record through
/// the methods below (one call at the point where the outcome is known) so instrument names and tags live in one place.
/// docs/operations.md lists each instrument and the alert built on it.
/// </summary>
internal sealed class Telemetry : IDisposable
{
    public const string Name = "SnowChatOps.Bot";

    private readonly Counter<long> shares;
    private readonly Counter<long> notifications;
    private readonly Histogram<double> pollDuration;
    private readonly Counter<long> serviceNowRequests;
    private readonly Histogram<double> serviceNowDuration;
    private readonly Gauge<int> queuedShares;

    public Telemetry(IMeterFactory meters)
    {
        Meter = meters.Create(Name);
        Turns = Meter.CreateCounter<long>("snowchatops.bot.turns", description: "Bot turns processed, by activity type and outcome.");
        TurnDuration = Meter.CreateHistogram<double>("snowchatops.bot.turn.duration", unit: "ms", description: "Time to process one turn.");
        shares = Meter.CreateCounter<long>("snowchatops.shares", description: "Share-to-ServiceNow attempts, by outcome (created, queued, duplicates, not_connected, in_progress, failed).");
        notifications = Meter.CreateCounter<long>("snowchatops.notifications", description: "State-change notifications, by outcome (delivered, fallback, failed).");
        pollDuration = Meter.CreateHistogram<double>("snowchatops.tracking.poll.duration", unit: "s", description: "Duration of one fallback poll cycle, by outcome.");
        serviceNowRequests = Meter.CreateCounter<long>("snowchatops.servicenow.requests", description: "HTTP attempts to ServiceNow (retries included), by API and status class.");
        serviceNowDuration = Meter.CreateHistogram<double>("snowchatops.servicenow.request.duration", unit: "ms", description: "Duration of one HTTP attempt to ServiceNow.");
        queuedShares = Meter.CreateGauge<int>("snowchatops.shares.queued", description: "Shares waiting for ServiceNow (queued or unfinished), seen by the last retry cycle.");
    }

    public static ActivitySource Source { get; } = new(Name);

    public Meter Meter { get; }

    public Counter<long> Turns { get; }

    public Histogram<double> TurnDuration { get; }

    public void ShareFinished(string outcome) => shares.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public void NotificationFinished(string outcome) => notifications.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public void PollCycleFinished(TimeSpan duration, bool failed) =>
        pollDuration.Record(duration.TotalSeconds, new KeyValuePair<string, object?>("outcome", failed ? "error" : "ok"));

    public void ServiceNowRequestFinished(string api, int? statusCode, TimeSpan duration)
    {
        var tags = new TagList { { "api", api }, { "status_class", statusCode is { } code ? $"{code / 100}xx" : "error" } };
        serviceNowRequests.Add(1, tags);
        serviceNowDuration.Record(duration.TotalMilliseconds, tags);
    }

    public void SharesQueued(int count) => queuedShares.Record(count);

    public void Dispose() => Source.Dispose();
}
