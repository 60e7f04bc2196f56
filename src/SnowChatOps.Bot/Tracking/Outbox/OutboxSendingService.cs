using Microsoft.Extensions.Options;
using SnowChatOps.Bot.Hosting;

namespace SnowChatOps.Bot.Tracking.Outbox;

/// <summary>The sweep loop only: every <see cref="OutboxOptions.SweepInterval"/>, deliver what is due (<see cref="OutboxSender.SendDueAsync"/>).</summary>
internal sealed class OutboxSendingService(Deferred<OutboxSender> sender, IOptions<OutboxOptions> options, TimeProvider time, ILogger<OutboxSendingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await sender.Value.SendDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.SweepFailed(ex); // the loop boundary: storage out of reach must not end the sweeps
            }
        }
    }
}
