using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Sharing;
using SnowChatOps.TestSupport.Harness;
using SnowChatOps.Tests.MessageExtension.Fakes;

namespace SnowChatOps.Tests.MessageExtension;

public sealed class MessageShareDialogTests
{
    [Fact]
    public async Task FetchTask_ChannelMessage_AnswersFormPrefilledFromThePayload()
    {
        await using var harness = await BotHarness.ConnectedAsync();

        var form = await new DialogDriver(harness).OpenAsync();

        Assert.Equal((200, "continue", "Share to ServiceNow"), (form.Status, form.TaskType, form.Title));
        Assert.Equal("Share to ServiceNow", form.CardTitle);
        Assert.Equal("Guest access is on for the Finance team.", form.Input("name"));
        Assert.Equal(
            $"Guest access is on for the Finance team.\n\nPlease review it.\n\nShared from Teams by Megan Bowen: {MessageInvokes.Link}",
            form.Input("description"));
        Assert.Equal(("3", "2026-12-26", "change_request", null), (form.Input("priority"), form.Input("dueDate"), form.Input("type"), form.Input("category")));
        Assert.Contains("User recommendation", (string?)form.Card.SelectToken("$..facts[0].value"), StringComparison.Ordinal);
        Assert.True(CardArg.TryRead<ShareArg>((string?)form.Card["actions"]![0]!["data"]!["arg"], out var arg) && arg.ActionId is null);
    }

    [Fact]
    public async Task FetchTask_MessageWithSubject_NamesTheTicketAfterTheSubject()
    {
        await using var harness = await BotHarness.ConnectedAsync();

        var form = await new DialogDriver(harness).OpenAsync(MessageInvokes.Message(subject: "  Weekly   access review "));

        Assert.Equal("Weekly access review", form.Input("name"));
    }

    [Fact]
    public async Task FetchTask_EveryOpen_MintsANewCorrelationId()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var driver = new DialogDriver(harness);

        var first = await driver.OpenAsync();
        var second = await driver.OpenAsync();

        Assert.NotEqual((string?)first.Card["actions"]![0]!["data"]!["arg"], (string?)second.Card["actions"]![0]!["data"]!["arg"]);
    }

    [Fact]
    public async Task FetchTask_NotConnected_AnswersHowToConnectInsteadOfTheForm()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        await harness.DisconnectServiceNowAsync();

        var answer = await new DialogDriver(harness).OpenAsync();

        Assert.Equal("continue", answer.TaskType);
        Assert.Equal("ServiceNow isn't connected", answer.CardTitle);
        Assert.Contains(answer.Texts, t => t.Contains("type **connect** in a chat with the SnowChatOps bot", StringComparison.Ordinal));
        Assert.Null(answer.Input("name"));
    }

    [Fact]
    public async Task FetchTask_ChineseUser_AnswersInChinese()
    {
        await using var harness = await BotHarness.ConnectedAsync();

        var form = await new DialogDriver(harness).OpenAsync(locale: "zh-CN");

        Assert.Equal("共享到 ServiceNow", form.CardTitle);
        Assert.EndsWith($"由 Megan Bowen 从 Teams 共享：{MessageInvokes.Link}", form.Input("description"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchTask_UnknownCommand_AnswersADialogCardThatSaysSo()
    {
        await using var harness = await BotHarness.ConnectedAsync();

        var answer = await new DialogDriver(harness).InvokeAsync(MessageInvokes.Fetch(commandId: "somethingElse"));

        Assert.Equal((200, "continue", "Unknown command"), (answer.Status, answer.TaskType, answer.CardTitle));
        Assert.False(answer.Body["composeExtension"] is Newtonsoft.Json.Linq.JObject);
        Assert.Contains(answer.Texts, t => t.Contains("doesn't know this command", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SubmitAction_EmptyCommandId_AnswersADialogCardNotAComposeResult()
    {
        await using var harness = await BotHarness.ConnectedAsync();

        var answer = await new DialogDriver(harness).InvokeAsync(MessageInvokes.Submit([], commandId: "", locale: "zh-CN"));

        Assert.Equal((200, "continue", "未知命令"), (answer.Status, answer.TaskType, answer.CardTitle));
        Assert.False(answer.Body["composeExtension"] is Newtonsoft.Json.Linq.JObject);
        Assert.Empty(harness.ServiceNow.Sent);
    }
}
