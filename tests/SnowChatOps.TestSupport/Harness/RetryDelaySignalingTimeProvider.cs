using Microsoft.Extensions.Time.Testing;

namespace SnowChatOps.TestSupport.Harness;

/// <summary>
/// Fake time that tells the test when a timer of a given length is scheduled, so the test can advance time exactly
/// when the resilience pipeline has started waiting for Retry-After, with no real delay and no polling.
/// </summary>
internal sealed class RetryDelaySignalingTimeProvider(TimeSpan watchedDelay)
    : FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero))
{
    public TaskCompletionSource WatchedDelayScheduled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime == watchedDelay)
        {
            WatchedDelayScheduled.TrySetResult();
        }

        return timer;
    }
}
