using Microsoft.Extensions.Options;

namespace SnowChatOps.Bot.SecureScore.Alerts;

/// <summary>The loop only: one <see cref="ScoreDropChecker.RunOnceAsync"/> per <see cref="ScoreDropOptions.CheckInterval"/>.</summary>
internal sealed class ScoreDropService(
    ScoreDropChecker checker, IOptions<ScoreDropOptions> options, TimeProvider time, ILogger<ScoreDropService> logger) : BackgroundService
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
                await checker.RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.CycleFailed(ex); // loop boundary
            }
        }
    }
}
