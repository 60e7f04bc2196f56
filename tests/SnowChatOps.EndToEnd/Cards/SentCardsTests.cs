using SnowChatOps.EndToEnd.Infrastructure;
using SnowChatOps.TestSupport.Cards;

namespace SnowChatOps.EndToEnd.Cards;

// The cards as they leave the running bot (after serialisation and the adapter) must be what Teams renders.
public sealed class SentCardsTests(RunningApp app)
{
    [Fact]
    public async Task WelcomeAndHelpCards_AsSentByBot_PassTeamsCardValidator()
    {
        var ct = TestContext.Current.CancellationToken;
        var channelId = app.Teams.Team.Channels[^1].Id;
        var chatId = app.Teams.PersonalChat.Id;
        await using var replies = await app.Playground.OpenStreamAsync(ct);
        await app.Playground.InstallAsync(channelId, ct);
        var welcome = await replies.WaitForBotMessageAsync(
            e => e.ActionConversationId == channelId && e.Message!.AdaptiveCards.Count > 0, RunningApp.ReplyTimeout, ct);
        await app.Playground.SendMessageAsync(chatId, "help", ct);
        var help = await replies.WaitForBotMessageAsync(
            e => e.ActionConversationId == chatId && e.Message!.AdaptiveCards.Count > 0, RunningApp.ReplyTimeout, ct);

        var report = await AdaptiveCardValidator.ValidateAsync(
            [("welcome", welcome.AdaptiveCards[0].ToString()), ("help", help.AdaptiveCards[0].ToString())], ct);

        Assert.True(report.AllValid, report.ToString());
    }
}
