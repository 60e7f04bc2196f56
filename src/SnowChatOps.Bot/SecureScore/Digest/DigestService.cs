using Microsoft.Extensions.Options;

namespace SnowChatOps.Bot.SecureScore.Digest;

/// <summary>The loop only: one <see cref="DigestPoster.RunOnceAsync"/> per <see cref="DigestOptions.CheckInterval"/>.</summary>
internal sealed class DigestService(
    DigestPoster poster, IOptions<DigestOptions> options, TimeProvider time, ILogger<DigestService> logger) : PeriodicCycleService(time)
{
    protected override bool Enabled => options.Value.Enabled;

    protected override TimeSpan Interval => options.Value.CheckInterval;

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => poster.RunOnceAsync(cancellationToken);

    protected override void OnCycleFailed(Exception exception) => logger.CycleFailed(exception);
}
