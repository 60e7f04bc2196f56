namespace SnowChatOps.GraphEmulator.Data;

/// <summary>The emulator's time: the host's <see cref="TimeProvider"/> plus an offset the control API moves forward.</summary>
internal sealed class EmulatorClock(TimeProvider inner)
{
    private long offsetTicks;

    public DateTimeOffset Now => inner.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    public void Advance(TimeSpan by)
    {
        if (by < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(by), "The emulator's clock only moves forward.");
        }

        Interlocked.Add(ref offsetTicks, by.Ticks);
    }
}
