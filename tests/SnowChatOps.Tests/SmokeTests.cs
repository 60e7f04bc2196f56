namespace SnowChatOps.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void BotAssembly_Loads_HasName() => Assert.Equal("SnowChatOps.Bot", typeof(SnowChatOps.Bot.BotAssemblyMarker).Assembly.GetName().Name);
}
