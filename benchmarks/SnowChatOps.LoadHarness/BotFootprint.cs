namespace SnowChatOps.LoadHarness;

/// <summary>A bot's start-up time and memory: idle (after start-up and warm-up) and after all measured load.</summary>
internal sealed record BotFootprint(string Bot, TimeSpan StartupToFirstAnswer, double IdleRssMb, double LoadedRssMb);
