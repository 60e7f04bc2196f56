namespace SnowChatOps.Bot.SecureScore;

/// <summary>
/// The loop shared by Secure Score's background work (points confirmation, score-drop alerts, due-date reminders, the
/// daily digest): when enabled, one <see cref="RunOnceAsync"/> per <see cref="Interval"/> on the host's
/// <see cref="TimeProvider"/>; a failed cycle is logged by the feature and the next one runs as planned.
/// </summary>
internal abstract class PeriodicCycleService(TimeProvider time) : BackgroundService
{
    protected abstract bool Enabled { get; }

    protected abstract TimeSpan Interval { get; }

    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    /// <summary>The feature's own log line (its EventId) for a cycle that threw.</summary>
    protected abstract void OnCycleFailed(Exception exception);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                OnCycleFailed(ex); // loop boundary
            }
        }
    }
}
