using SnowChatOps.EndToEnd.Connection;
using SnowChatOps.EndToEnd.Infrastructure;
using SnowChatOps.EndToEnd.Sharing;
using SnowChatOps.TestSupport.Playground;

namespace SnowChatOps.EndToEnd.Tracking;

// Issue 9's end-to-end subscription: an admin @mentions the bot in a channel, opens "notifications", subscribes the
// channel with "2 - High or higher" through the filter form, then two tickets shared in the personal chat (P2 and P4)
// change in the emulator. Exactly one notification, the P2 one, arrives in the channel as a new post (not in the
// thread of the @mention), and the notifications card's health names that ticket as last delivered. The P4 change is
// known to be processed when its ticket card is refreshed in place (the outbox's card item), so "nothing else
// arrived" is judged after both changes were handled, not after a sleep. The subscription is removed at the end
// (notifications-stop), so the other tests keep a tenant without subscriptions (changes posted where shared).
public sealed class ChannelSubscriptionTests(RunningApp app) : IClassFixture<ConnectedByAdmin>
{
    private const string NotificationsTitle = "Ticket state notifications";
    private const string FormTitle = "Subscribe this conversation";

    [Fact]
    public async Task ChannelSubscribedForPriorityTwoOrHigher_TwoTicketsChange_OnlyTheMatchingOneIsPostedAndHealthShowsIt()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var replies = await app.Playground.OpenStreamAsync(ct);
        var chat = new ShareChat(app, replies);
        var high = await ShareAsync(chat, index: 0, priority: 2, ct);
        var low = await ShareAsync(chat, index: 1, priority: 4, ct);
        var channel = new ChannelThread(app, replies, app.Teams.Team.Channels[0].Id);
        var (thread, notifications) = await channel.MentionAsync("notifications", NotificationsTitle, ct);
        try
        {
            var form = await channel.PressAsync(thread, notifications.MessageId, notifications.Card.SubmitData(FormTitle), c => c.FirstTextBlock == FormTitle, ct);
            var save = form.Card.SubmitData("Save");
            (save["subType"], save["subPriority"], save["subStates"], save["subCategory"]) = ("any", "2", string.Empty, "any");
            await channel.PressAsync(thread, form.MessageId, save, c => c.FirstTextBlock == NotificationsTitle && c.TextBlocks.Contains("Subscription saved."), ct);

            await app.ServiceNowControl.ChangeStateAsync("change_request", low.SysId, "-4", ct);
            await app.ServiceNowControl.ChangeStateAsync("change_request", high.SysId, "-4", ct);
            var posted = await channel.WaitAsync(e => IsNotice(e, high.Number), ct);
            await channel.SeenOrNextAsync(e => e.Message!.MessageId == low.MessageId && e.Message.AdaptiveCards.Any(c => c.Facts.Contains(("State", "Assess"))), ct);
            var (_, health) = await channel.MentionAsync("notifications", NotificationsTitle, ct);

            Assert.Equal(PlaygroundStreamEvent.CreateMessage, posted.Action);
            Assert.NotEqual(thread, posted.ActionConversationId);
            Assert.StartsWith(channel.ChannelId, posted.ActionConversationId, StringComparison.Ordinal);
            Assert.Single(channel.Seen, e => e.Message!.AdaptiveCards.Any(c => c.FirstTextBlock?.Contains(" → ", StringComparison.Ordinal) == true));
            Assert.DoesNotContain(channel.Seen, e => IsNotice(e, low.Number));
            Assert.Contains(health.Card.TextBlocks, t => t.StartsWith($"Last delivered: {high.Number} at ", StringComparison.Ordinal));
        }
        finally
        {
            await channel.MentionAsync("notifications-stop", NotificationsTitle, ct);
        }
    }

    private static bool IsNotice(PlaygroundStreamEvent e, string number) =>
        e.Message!.AdaptiveCards.Any(c => c.FirstTextBlock?.StartsWith(number + ": ", StringComparison.Ordinal) == true);

    private async Task<SharedTicket> ShareAsync(ShareChat chat, int index, int priority, CancellationToken ct)
    {
        var list = await chat.SendAsync("actions Devices", ShareChat.ListTitle, ct);
        var form = await chat.PressAsync(list.MessageId, list.Card.BodyActionData(ShareChat.ShareButton)[index], c => c.FirstTextBlock == ShareChat.FormTitle, ct);
        var ticket = await chat.PressAsync(form.MessageId, ExpectedChangeRequest.For(form.Card, priority, dueInDays: 14).SubmitData(form.Card), ShareChat.IsTicketCard, ct);
        var number = ticket.Card.FirstTextBlock!.Split(' ')[1];
        var row = (await app.ServiceNowControl.GetRecordsAsync("change_request", ct)).Single(r => r["number"] == number);
        return new SharedTicket(number, row["sys_id"], ticket.MessageId);
    }

    private sealed record SharedTicket(string Number, string SysId, string MessageId);
}
