using SnowChatOps.Bot.Flows;
using Microsoft.Bot.Schema;
using SnowChatOps.TestSupport.Harness;

namespace SnowChatOps.Tests.Connection;

public sealed class ConnectCommandTests
{
    private static readonly Dictionary<string, string?> NotAnAdmin = new() { ["Admins:UserObjectIds:0"] = "someone-else" };

    [Fact]
    public async Task Connect_NotAnAdmin_RefusedNamingWhoConnected()
    {
        await using var harness = new BotHarness(settings: NotAnAdmin);
        await harness.Connections.TryAddAsync(Connections.Connected("Patti Fernandez"), TestContext.Current.CancellationToken);

        await harness.Flow()
            .Send("connect")
            .AssertReply(reply => Assert.Equal(
                "Only SnowChatOps administrators can connect, remove or configure ServiceNow. Ask Patti Fernandez, who connected ServiceNow for your organization, or your IT administrator to add you as a SnowChatOps administrator.",
                ((Activity)reply).Text))
            .StartTestAsync();
    }

    [Fact]
    public async Task Connect_NotAnAdminNothingConnected_PointsToIt()
    {
        await using var harness = new BotHarness(settings: NotAnAdmin);

        await harness.Flow()
            .Send(Activities.Press("connect"))
            .AssertReply(reply => Assert.EndsWith("Ask your IT administrator to add you as a SnowChatOps administrator.", ((Activity)reply).Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task Connect_Admin_ShowsInstanceStepWithCancel()
    {
        await using var harness = new BotHarness();

        await harness.Flow()
            .Send("connect")
            .AssertReply(reply =>
            {
                var card = CardReader.From(reply);
                Assert.Equal("Connect ServiceNow · step 1 of 3", card.Title);
                Assert.Equal(["Next", "Cancel"], card.ActionTitles);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Connect_AlreadyConnected_SaysWhereAndOffersManage()
    {
        await using var harness = new BotHarness();
        await harness.Connections.TryAddAsync(Connections.Connected(), TestContext.Current.CancellationToken);

        await harness.Flow()
            .Send("connect")
            .AssertReply(reply =>
            {
                var card = CardReader.From(reply);
                Assert.StartsWith("SnowChatOps is already connected to https://contoso.service-now.com.", card.Title, StringComparison.Ordinal);
                Assert.Contains("Manage ServiceNow configuration", card.ActionTitles);
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData("", "Enter your ServiceNow instance name or URL.")]
    [InlineData("https://intranet.contoso.com", "SnowChatOps connects only to *.service-now.com and *.servicenowservices.com instances, plus hosts your administrator allowed; \"https://intranet.contoso.com\" is not one of them.")]
    [InlineData("http://contoso.service-now.com", "Use an https:// address.")]
    [InlineData("https://169.254.169.254", "Use your instance's host name (for example contoso.service-now.com), not an IP address.")]
    [InlineData("https://admin:pw@contoso.service-now.com", "Remove the user name or password from the address.")]
    [InlineData("https://contoso.service-now.com:8443", "Remove the port number from the address.")]
    public async Task InstanceStep_BadInstance_ExplainsAndKeepsWhatWasTyped(string typed, string message)
    {
        await using var harness = new BotHarness(settings: new Dictionary<string, string?> { ["ServiceNow:AllowLoopback"] = "false" });

        await harness.Flow()
            .Send("connect").AssertReply(_ => { })
            .Send(Activities.Press("flow", FlowArg.Write("connect", "instance", "next"), new { instance = typed }))
            .AssertReply(reply =>
            {
                var card = CardReader.From(reply);
                Assert.Contains("- " + message, card.Texts);
                Assert.Equal(typed, (string?)card.Json.SelectToken("$..[?(@.id == 'instance')].value") ?? string.Empty);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task InstanceStep_NothingListening_SaysUnreachable()
    {
        await using var harness = new BotHarness();
        var closedPort = ClosedPort();

        await harness.Flow()
            .Send("connect").AssertReply(_ => { })
            .Send(Activities.Press("flow", FlowArg.Write("connect", "instance", "next"), new { instance = $"http://127.0.0.1:{closedPort}" }))
            .AssertReply(reply => Assert.Contains($"- SnowChatOps could not reach http://127.0.0.1:{closedPort}. Check the name, then try again.", CardReader.From(reply).Texts))
            .StartTestAsync();
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
