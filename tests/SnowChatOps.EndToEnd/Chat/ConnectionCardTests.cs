using SnowChatOps.EndToEnd.Infrastructure;

namespace SnowChatOps.EndToEnd.Chat;

public sealed class ConnectionCardTests(RunningApp app)
{
    [Fact]
    public async Task HelpButton_OnConnectionCardInGroupChat_AnswersCommandsCard()
    {
        var ct = TestContext.Current.CancellationToken;
        var chatId = app.Teams.GroupChats[0].Id;
        await using var replies = await app.Playground.OpenStreamAsync(ct);
        await app.Playground.InstallAsync(chatId, ct);
        var welcome = await replies.WaitForBotMessageAsync(
            e => e.ActionConversationId == chatId && e.Message!.AdaptiveCards.Any(c => c.FirstTextBlock == "Do you use ServiceNow?"),
            RunningApp.ReplyTimeout, ct);

        await app.Playground.SubmitAsync(chatId, welcome.MessageId, new { verb = "help" }, ct);
        var reply = await replies.WaitForBotMessageAsync(
            e => e.ActionConversationId == chatId && e.Message!.AdaptiveCards.Count > 0, RunningApp.ReplyTimeout, ct);

        Assert.Equal("SnowChatOps commands", Assert.Single(reply.AdaptiveCards).FirstTextBlock);
    }
}
