using SnowChatOps.EndToEnd.Infrastructure;

namespace SnowChatOps.EndToEnd.Chat;

public sealed class HelpCommandTests(RunningApp app)
{
    [Fact]
    public async Task Help_InPersonalChat_AnswersCommandsCard()
    {
        var ct = TestContext.Current.CancellationToken;
        var chatId = app.Teams.PersonalChat.Id;
        await using var replies = await app.Playground.OpenStreamAsync(ct);

        await app.Playground.SendMessageAsync(chatId, "help", ct);
        var reply = await replies.WaitForBotMessageAsync(
            e => e.ActionConversationId == chatId && e.Message!.AdaptiveCards.Any(c => c.FirstTextBlock == "SnowChatOps commands"),
            RunningApp.ReplyTimeout, ct);

        var card = Assert.Single(reply.AdaptiveCards);
        Assert.Equal("1.5", card.Version);
    }

    [Fact]
    public async Task UnknownText_InPersonalChat_AnswersHintMentioningHelp()
    {
        var ct = TestContext.Current.CancellationToken;
        var chatId = app.Teams.PersonalChat.Id;
        await using var replies = await app.Playground.OpenStreamAsync(ct);

        await app.Playground.SendMessageAsync(chatId, "what is the weather", ct);
        var reply = await replies.WaitForBotMessageAsync(
            e => e.ActionConversationId == chatId && !string.IsNullOrEmpty(e.Message!.Text), RunningApp.ReplyTimeout, ct);

        Assert.Contains("help", reply.Text, StringComparison.OrdinalIgnoreCase);
    }
}
