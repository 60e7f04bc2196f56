using SnowChatOps.EndToEnd.Infrastructure;

namespace SnowChatOps.EndToEnd.Chat;

public sealed class ChannelMentionTests(RunningApp app)
{
    [Fact]
    public async Task Help_MentioningBotInChannel_AnswersCommandsCardInTheThread()
    {
        var ct = TestContext.Current.CancellationToken;
        var channelId = app.Teams.Team.Channels[^1].Id;
        await using var replies = await app.Playground.OpenStreamAsync(ct);

        var post = await app.Playground.SendMessageAsync(channelId, "help", ct, mentionBot: true);
        var reply = await replies.WaitForBotMessageAsync(
            e => e.ActionConversationId == post.PostConversationId && e.Message!.AdaptiveCards.Count > 0, RunningApp.ReplyTimeout, ct);

        Assert.Equal("SnowChatOps commands", Assert.Single(reply.AdaptiveCards).FirstTextBlock);
    }
}
