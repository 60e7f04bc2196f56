using Microsoft.Extensions.Options;
using SnowChatOps.Bot.Hosting;
using SnowChatOps.Bot.Observability;

namespace SnowChatOps.Bot.Tracking.Polling;

/// <summary>The loop only: every <see cref="TrackingOptions.PollInterval"/>, one <see cref="TicketStatePoller.PollOnceAsync"/>.</summary>
internal sealed class TicketPollingService(
    Deferred<TicketStatePoller> poller, IOptions<TrackingOptions> options, TimeProvider time, Telemetry telemetry, ILogger<TicketPollingService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var started = time.GetTimestamp();
            var failed = false;
            try
            {
                await poller.Value.PollOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failed = true;
                logger.CycleFailed(ex); // the loop boundary: one bad cycle must not stop notifications for good
            }

            telemetry.PollCycleFinished(time.GetElapsedTime(started), failed);
        }
    }
}
