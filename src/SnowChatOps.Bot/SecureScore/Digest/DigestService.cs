using Microsoft.Extensions.Options;
using SnowChatOps.Bot.Hosting;

namespace SnowChatOps.Bot.SecureScore.Digest;

/// <summary>The loop only: one <see cref="DigestPoster.RunOnceAsync"/> per <see cref="DigestOptions.CheckInterval"/>.</summary>
internal sealed class DigestService(
    Deferred<DigestPoster> poster, IOptions<DigestOptions> options, TimeProvider time, ILogger<DigestService> logger) : PeriodicCycleService(time)
{
    protected override bool Enabled => options.Value.Enabled;

    protected override TimeSpan Interval => options.Value.CheckInterval;

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => poster.Value.RunOnceAsync(cancellationToken);

    protected override void OnCycleFailed(Exception exception) => logger.CycleFailed(exception);
}
