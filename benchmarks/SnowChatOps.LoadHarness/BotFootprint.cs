namespace SnowChatOps.LoadHarness;

/// <summary>A bot's start-up time and memory: idle (after start-up, warm-up and the idle hold) and after all measured load.</summary>
internal sealed record BotFootprint(string Bot, TimeSpan StartupToFirstAnswer, RssReading Idle, RssReading Loaded)
{
    public double IdleRssMb => Idle.TotalMb;

    public double LoadedRssMb => Loaded.TotalMb;
}
