using System.Text.Json;
using SnowChatOps.EndToEnd.Connection;
using SnowChatOps.EndToEnd.Infrastructure;
using SnowChatOps.TestSupport.Playground;

namespace SnowChatOps.EndToEnd.MessageExtension;

// "Share to ServiceNow" on a channel post as the Playground's "..." menu sends it: on the channel id itself, not the
// post's thread. The bot posts the ticket card as a reply in the post's thread and answers the dialog with a task
// message, the answer the Playground shows in place of the form (it rejects an empty body as "Unable to reach app").
// An unknown command id gets a card, which fetchTask and submitAction both accept there.
public sealed class ShareMessageResultTests(RunningApp app) : IClassFixture<ConnectedByAdmin>
{
    [Fact]
    public async Task ShareToServiceNow_ValidSubmitOnTheChannel_RepliesInThePostsThreadAndAnswersAMessage()
    {
        var ct = TestContext.Current.CancellationToken;
        var channel = app.Teams.Team.Channels[^1].Id;
        await using var replies = await app.Playground.OpenStreamAsync(ct);
        var post = await app.Playground.SendMessageAsync(channel, "Legacy authentication is still allowed for the Sales team", ct);
        var message = new
        {
            id = post.MessageId,
            linkToMessage = "https://teams.microsoft.com/l/message/19:general@thread.tacv2/" + post.MessageId,
            body = new { contentType = "html", content = "<p>Legacy authentication is still allowed for the Sales team</p>" },
            from = new { user = new { id = app.Teams.CurrentUser.Id, displayName = app.Teams.CurrentUser.Name } },
        };

        var opened = await app.Playground.InvokeAsync(
            "composeExtension/fetchTask", channel, new { commandId = "shareToServiceNow", commandContext = "message", messagePayload = message }, ct);
        var form = new AdaptiveCardView(opened.GetProperty("task").GetProperty("value").GetProperty("card").GetProperty("content"));
        var data = form.SubmitData("Send to ServiceNow");
        foreach (var input in new[] { "name", "description", "priority", "dueDate", "type" })
        {
            data[input] = form.ElementProperty(input, "value") ?? string.Empty;
        }

        data["category"] = "Identity";
        var answered = await app.Playground.InvokeAsync(
            "composeExtension/submitAction", channel, new { commandId = "shareToServiceNow", commandContext = "message", messagePayload = message, data }, ct);
        var card = await replies.WaitForBotEventAsync(
            e => e.Action == PlaygroundStreamEvent.CreateMessage && e.Message!.AdaptiveCards.Any(c => c.FirstTextBlock?.EndsWith(" created in ServiceNow", StringComparison.Ordinal) == true),
            RunningApp.ReplyTimeout, ct);

        Assert.Equal(post.PostConversationId, card.ActionConversationId);
        var task = answered.GetProperty("task");
        Assert.Equal("message", task.GetProperty("type").GetString());
        Assert.Contains("Its card is in the message's thread", task.GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.False(answered.TryGetProperty("composeExtension", out var extension) && extension.ValueKind == JsonValueKind.Object);
    }

    [Theory]
    [InlineData("composeExtension/fetchTask", "somethingElse")]
    [InlineData("composeExtension/submitAction", "")]
    public async Task MessageAction_UnknownCommandId_AnswersACardThePlaygroundAccepts(string invoke, string commandId)
    {
        var ct = TestContext.Current.CancellationToken;

        var answered = await app.Playground.InvokeAsync(invoke, app.Teams.Team.Channels[^1].Id, new { commandId, commandContext = "message", data = new { } }, ct);

        var task = answered.GetProperty("task");
        Assert.Equal("continue", task.GetProperty("type").GetString());
        Assert.Equal("Unknown command", new AdaptiveCardView(task.GetProperty("value").GetProperty("card").GetProperty("content")).FirstTextBlock);
    }
}
