using SnowChatOps.EndToEnd.Infrastructure;
using SnowChatOps.TestSupport.Playground;

namespace SnowChatOps.EndToEnd.Chat;

public sealed class InstallationTests(RunningApp app)
{
    [Fact]
    public async Task Install_InTeamChannel_PostsConnectionCardWithThreeButtons()
    {
        var ct = TestContext.Current.CancellationToken;
        var channelId = app.Teams.Team.Id;
        await using var replies = await app.Playground.OpenStreamAsync(ct);

        await app.Playground.InstallAsync(channelId, ct);
        var reply = await replies.WaitForBotMessageAsync(
            e => e.ActionConversationId == channelId && e.Message!.AdaptiveCards.Count > 0, RunningApp.ReplyTimeout, ct);

        var card = Assert.Single(reply.AdaptiveCards);
        Assert.Equal("Do you use ServiceNow?", card.FirstTextBlock);
        Assert.Equal(["Connect to ServiceNow", "What data is shared", "Help"], card.ActionTitles);
    }
}
