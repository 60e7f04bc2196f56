using Microsoft.Extensions.Options;

namespace SnowChatOps.Bot.SecureScore.Reminders;

/// <summary>The loop only: one <see cref="DueReminders.RunOnceAsync"/> per <see cref="ReminderOptions.CheckInterval"/>.</summary>
internal sealed class DueReminderService(
    DueReminders reminders, IOptions<ReminderOptions> options, TimeProvider time, ILogger<DueReminderService> logger) : BackgroundService
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
                await reminders.RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.CycleFailed(ex); // loop boundary
            }
        }
    }
}
