using Microsoft.Extensions.Options;
using SnowChatOps.Bot.Hosting;

namespace SnowChatOps.Bot.SecureScore.Alerts;

/// <summary>The loop only: one <see cref="ScoreDropChecker.RunOnceAsync"/> per <see cref="ScoreDropOptions.CheckInterval"/>.</summary>
internal sealed class ScoreDropService(
    Deferred<ScoreDropChecker> checker, IOptions<ScoreDropOptions> options, TimeProvider time, ILogger<ScoreDropService> logger) : PeriodicCycleService(time)
{
    protected override bool Enabled => options.Value.Enabled;

    protected override TimeSpan Interval => options.Value.CheckInterval;

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => checker.Value.RunOnceAsync(cancellationToken);

    protected override void OnCycleFailed(Exception exception) => logger.CycleFailed(exception);
}
