using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace SnowChatOps.IntegrationTests.Hosting;

/// <summary>A fake clock that tells when a periodic timer (a loop's <see cref="PeriodicTimer"/>) has been created on it.</summary>
internal sealed class TimerWatchingTimeProvider() : FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero))
{
    private readonly ConcurrentDictionary<TimeSpan, TaskCompletionSource> created = new();

    /// <summary>Completes once a timer repeating every <paramref name="period"/> exists.</summary>
    public Task TimerCreated(TimeSpan period) => Watch(period).Task;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        Watch(period).TrySetResult();
        return timer;
    }

    private TaskCompletionSource Watch(TimeSpan period) => created.GetOrAdd(period, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
