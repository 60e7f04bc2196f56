using Microsoft.Extensions.Options;
using SnowChatOps.Bot.Hosting;

namespace SnowChatOps.Bot.SecureScore.Reminders;

/// <summary>The loop only: one <see cref="DueReminders.RunOnceAsync"/> per <see cref="ReminderOptions.CheckInterval"/>.</summary>
internal sealed class DueReminderService(
    Deferred<DueReminders> reminders, IOptions<ReminderOptions> options, TimeProvider time, ILogger<DueReminderService> logger) : PeriodicCycleService(time)
{
    protected override bool Enabled => options.Value.Enabled;

    protected override TimeSpan Interval => options.Value.CheckInterval;

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => reminders.Value.RunOnceAsync(cancellationToken);

    protected override void OnCycleFailed(Exception exception) => logger.CycleFailed(exception);
}
