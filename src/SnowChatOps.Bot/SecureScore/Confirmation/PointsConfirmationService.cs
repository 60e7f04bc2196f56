using Microsoft.Extensions.Options;
using SnowChatOps.Bot.Hosting;

namespace SnowChatOps.Bot.SecureScore.Confirmation;

/// <summary>The loop only: one <see cref="PointsConfirmer.RunOnceAsync"/> per <see cref="PointsConfirmationOptions.CheckInterval"/>.</summary>
internal sealed class PointsConfirmationService(
    Deferred<PointsConfirmer> confirmer, IOptions<PointsConfirmationOptions> options, TimeProvider time, ILogger<PointsConfirmationService> logger) : PeriodicCycleService(time)
{
    protected override bool Enabled => options.Value.Enabled;

    protected override TimeSpan Interval => options.Value.CheckInterval;

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => confirmer.Value.RunOnceAsync(cancellationToken);

    protected override void OnCycleFailed(Exception exception) => logger.CycleFailed(exception);
}
