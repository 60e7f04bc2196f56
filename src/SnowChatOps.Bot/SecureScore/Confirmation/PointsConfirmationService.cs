using Microsoft.Extensions.Options;

namespace SnowChatOps.Bot.SecureScore.Confirmation;

/// <summary>The loop only: one <see cref="PointsConfirmer.RunOnceAsync"/> per <see cref="PointsConfirmationOptions.CheckInterval"/>.</summary>
internal sealed class PointsConfirmationService(
    PointsConfirmer confirmer, IOptions<PointsConfirmationOptions> options, TimeProvider time, ILogger<PointsConfirmationService> logger) : BackgroundService
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
                await confirmer.RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.CycleFailed(ex); // loop boundary
            }
        }
    }
}
