using System.Text.Json;
using SnowChatOps.Bot.Sharing;
using SnowChatOps.EndToEnd.Infrastructure;
using SnowChatOps.TestSupport.Cards;

namespace SnowChatOps.EndToEnd.MessageExtension;

// "Share to ServiceNow" on a channel message through the Playground's invoke surface, which rejects responses Teams
// would reject (an empty {}). Holds whether or not an earlier test connected the tenant: the dialog is the form or
// the not-connected card, and an invalid submit is answered with the form again before ServiceNow is involved.
public sealed class ShareMessageDialogTests(RunningApp app)
{
    [Fact]
    public async Task ShareToServiceNow_OnAChannelMessage_OpensTheDialogAndAnswersAnInvalidSubmitWithTheFormAgain()
    {
        var ct = TestContext.Current.CancellationToken;
        var post = await app.Playground.SendMessageAsync(app.Teams.Team.Channels[^1].Id, "Guest access is on for the Finance team", ct);
        var thread = post.PostConversationId ?? app.Teams.Team.Channels[^1].Id;
        var message = new
        {
            id = post.MessageId,
            linkToMessage = "https://teams.microsoft.com/l/message/19:general@thread.tacv2/" + post.MessageId,
            body = new { contentType = "html", content = "<p>Guest access is on for the Finance team</p>" },
            from = new { user = new { id = app.Teams.CurrentUser.Id, displayName = app.Teams.CurrentUser.Name } },
        };
        var invalid = new
        {
            verb = "share-message", arg = ShareArg.Mint(actionId: null).ToArg(),
            name = "", description = "", priority = "3", dueDate = "2000-01-01", type = "change_request", category = "",
        };

        var opened = await app.Playground.InvokeAsync(
            "composeExtension/fetchTask", thread, new { commandId = "shareToServiceNow", commandContext = "message", messagePayload = message }, ct);
        var answered = await app.Playground.InvokeAsync(
            "composeExtension/submitAction", thread, new { commandId = "shareToServiceNow", commandContext = "message", messagePayload = message, data = invalid }, ct);

        Assert.Contains(Title(Card(opened)), new[] { "Share to ServiceNow", "ServiceNow isn't connected" });
        Assert.Contains("Please check the following and send again:", Card(answered).GetRawText(), StringComparison.Ordinal);
        var report = await AdaptiveCardValidator.ValidateAsync([("opened", Card(opened).GetRawText()), ("invalid", Card(answered).GetRawText())], ct);
        Assert.True(report.AllValid, report.ToString());
    }

    private static JsonElement Card(JsonElement response)
    {
        var task = response.GetProperty("task");
        Assert.Equal("continue", task.GetProperty("type").GetString());
        var card = task.GetProperty("value").GetProperty("card");
        Assert.Equal("application/vnd.microsoft.card.adaptive", card.GetProperty("contentType").GetString());
        return card.GetProperty("content");
    }

    private static string? Title(JsonElement card) => card.GetProperty("body")[0].GetProperty("text").GetString();
}
