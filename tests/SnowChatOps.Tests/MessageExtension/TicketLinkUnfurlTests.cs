using SnowChatOps.Bot.ServiceNow.Errors;
using SnowChatOps.TestSupport.Harness;
using SnowChatOps.Tests.MessageExtension.Fakes;

namespace SnowChatOps.Tests.MessageExtension;

public sealed class TicketLinkUnfurlTests
{
    private const string SysId = "00000000000000000000000000000002";

    [Fact]
    public async Task QueryLink_OwnInstanceRecord_UnfurlsToTheLiveCard()
    {
        await using var harness = await TicketSearchTests.WithTicketsAsync();

        var answer = await harness.AnswerAsync(SearchInvokes.Link($"{BotHarness.InstanceUrl}/nav_to.do?uri=incident.do%3Fsys_id%3D{SysId}"));

        var result = Assert.Single(answer.Results());
        Assert.StartsWith("Ticket INC0010002", (string?)result["content"]!.SelectToken("$.body[0].text"), StringComparison.Ordinal);
        Assert.Equal("INC0010002", (string?)result["preview"]!["content"]!["title"]);
    }

    [Theory]
    [InlineData($"https://fabrikam.service-now.com/incident.do?sys_id={SysId}")]
    [InlineData($"https://contoso.service-now.com.evil.example/incident.do?sys_id={SysId}")]
    [InlineData($"https://contoso.service-now.com/nav_to.do?uri=https://fabrikam.service-now.com/incident.do?sys_id={SysId}")]
    [InlineData("https://contoso.service-now.com/incident.do?sys_id=ffffffffffffffffffffffffffffffff")]
    [InlineData("https://contoso.service-now.com/now/nav/ui/home")]
    [InlineData("not a url")]
    public async Task QueryLink_NotARecordOfTheConnectedInstance_AnswersNoPreview(string url)
    {
        await using var harness = await TicketSearchTests.WithTicketsAsync();

        var answer = await harness.AnswerAsync(SearchInvokes.Link(url));

        Assert.Empty(answer.Results());
    }

    [Fact]
    public async Task QueryLink_OtherInstance_NeverCallsServiceNow()
    {
        await using var harness = await TicketSearchTests.WithTicketsAsync();

        await harness.AnswerAsync(SearchInvokes.Link($"https://fabrikam.service-now.com/incident.do?sys_id={SysId}"));

        Assert.Equal(0, harness.ServiceNow.Reads);
    }

    [Fact]
    public async Task QueryLink_NotConnected_AnswersNoPreview()
    {
        await using var harness = await TicketSearchTests.WithTicketsAsync();
        await harness.DisconnectServiceNowAsync();

        var answer = await harness.AnswerAsync(SearchInvokes.Link($"{BotHarness.InstanceUrl}/incident.do?sys_id={SysId}"));

        Assert.Empty(answer.Results());
    }

    [Fact]
    public async Task QueryLink_ServiceNowForbids_AnswersNoPreview()
    {
        await using var harness = await TicketSearchTests.WithTicketsAsync();
        harness.ServiceNow.FailNextWith(new ServiceNowForbiddenException("ACL"));

        var answer = await harness.AnswerAsync(SearchInvokes.Link($"{BotHarness.InstanceUrl}/incident.do?sys_id={SysId}"));

        Assert.Empty(answer.Results());
    }
}
