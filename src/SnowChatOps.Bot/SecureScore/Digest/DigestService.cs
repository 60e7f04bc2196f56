using Microsoft.Extensions.Options;

namespace SnowChatOps.Bot.SecureScore.Digest;

/// <summary>The loop only: one <see cref="DigestPoster.RunOnceAsync"/> per <see cref="DigestOptions.CheckInterval"/>.</summary>
internal sealed class DigestService(DigestPoster poster, IOptions<DigestOptions> options, TimeProvider time, ILogger<DigestService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.CheckInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await poster.RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.CycleFailed(ex); // loop boundary
            }
        }
    }
}
