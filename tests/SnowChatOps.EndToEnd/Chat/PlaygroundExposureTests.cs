using System.Net;
using SnowChatOps.EndToEnd.Infrastructure;
using SnowChatOps.TestSupport.Processes;

namespace SnowChatOps.EndToEnd.Chat;

public sealed class PlaygroundExposureTests(RunningApp app)
{
    [Fact]
    public void Playground_Started_ListensOnLoopbackOnly()
    {
        var addresses = ListeningSockets.On(app.PlaygroundPort);

        Assert.NotEmpty(addresses);
        Assert.All(addresses, address => Assert.True(IPAddress.IsLoopback(address), $"the playground listens on {address}"));
    }
}
