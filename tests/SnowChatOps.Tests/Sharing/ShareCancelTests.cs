using SnowChatOps.TestSupport.Harness;
using SnowChatOps.Tests.Sharing.Fakes;

namespace SnowChatOps.Tests.Sharing;

public sealed class ShareCancelTests
{
    [Fact]
    public async Task Cancel_OnTheForm_ReplacesItWithNotSharedAndSendsNothing()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var share = await ShareScenario.StartAsync(harness);

        var card = CardReader.From(Assert.Single(await share.SendAsync(share.PressCancel())));

        Assert.Equal(share.FormId, Assert.Single(harness.Adapter.Updates).Id);
        Assert.Equal("Not shared", card.Title);
        Assert.Contains("Require MFA for administrative roles", card.Texts);
        Assert.Contains("Nothing was sent to ServiceNow.", card.Texts);
        Assert.Equal("actions", (string?)card.Json["actions"]![0]!["data"]!["verb"]);
        Assert.Empty(share.ServiceNow.Sent);
        Assert.Empty(share.Submissions.All);
    }

    [Fact]
    public async Task Cancel_ButtonOnTheForm_SubmitsNoInputs()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var share = await ShareScenario.StartAsync(harness);

        var cancel = share.Form.Json["actions"]!.Single(a => (string?)a["data"]?["verb"] == "share-cancel");

        Assert.Equal("Cancel", (string?)cancel["title"]);
        Assert.Equal("none", (string?)cancel["associatedInputs"]);
    }

    [Fact]
    public async Task Cancel_AfterTheFormWasSent_ShowsTheTicketAndCreatesNothingMore()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var share = await ShareScenario.StartAsync(harness);
        await share.SendAsync();

        var card = CardReader.From(Assert.Single(await share.SendAsync(share.PressCancel())));

        Assert.Equal("Ticket CHG0010001 created in ServiceNow", card.Title);
        Assert.Single(share.ServiceNow.Sent);
        Assert.Single(share.Submissions.All);
    }

    [Fact]
    public async Task Cancel_ChineseUser_NotSharedInChinese()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var share = await ShareScenario.StartAsync(harness, locale: "zh-CN");

        var card = CardReader.From(Assert.Single(await share.SendAsync(share.PressCancel("zh-CN"))));

        Assert.Equal("未共享", card.Title);
        Assert.Contains("没有向 ServiceNow 发送任何内容。", card.Texts);
        Assert.Equal("取消", (string?)share.Form.Json["actions"]![1]!["title"]);
    }
}
