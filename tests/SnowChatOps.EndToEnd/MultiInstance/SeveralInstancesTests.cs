using SnowChatOps.EndToEnd.Connection;
using SnowChatOps.EndToEnd.Infrastructure;
using SnowChatOps.EndToEnd.Sharing;

namespace SnowChatOps.EndToEnd.MultiInstance;

// Issue 13.6: the app as App Service runs it, several instances behind one endpoint on one storage account. Every turn
// of this test goes through the round-robin proxy, so the share form, the submit and the webhook that reports the state
// change land on different instances; nothing an instance keeps in memory may be needed by another.
// ConnectedByAdmin is a class fixture for its side effect (connected while the class runs), hence not injected.
public sealed class SeveralInstancesTests(RunningApp app) : IClassFixture<ConnectedByAdmin>
{
    private const string NotificationsTitle = "Ticket state notifications";

    [Fact]
    public async Task ShareThenStateChangeInServiceNow_AcrossInstances_TicketCreatedAndWebhookNotifies()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var replies = await app.Playground.OpenStreamAsync(ct);
        var chat = new ShareChat(app, replies);
        await chat.SendAsync("notifications", NotificationsTitle, ct); // an admin's first look indexes the instance for webhooks
        var list = await chat.SendAsync("actions Apps", ShareChat.ListTitle, ct);
        var form = await chat.PressAsync(list.MessageId, list.Card.BodyActionData(ShareChat.ShareButton)[0], c => c.FirstTextBlock == ShareChat.FormTitle, ct);
        var expected = ExpectedChangeRequest.For(form.Card, priority: 3, dueInDays: 14);
        var ticket = await chat.PressAsync(form.MessageId, expected.SubmitData(form.Card), ShareChat.IsTicketCard, ct);
        var number = ticket.Card.FirstTextBlock!.Split(' ')[1];
        var row = (await app.ServiceNowControl.GetRecordsAsync("change_request", ct)).Single(r => r["number"] == number);

        await app.ServiceNowControl.ChangeStateAsync("change_request", row["sys_id"], "-4", ct);
        var notice = await chat.NextCardAsync(c => c.FirstTextBlock?.StartsWith(number + ": ", StringComparison.Ordinal) == true, ct);

        Assert.EndsWith("→ Assess", notice.Card.FirstTextBlock!.Split(" (by ")[0], StringComparison.Ordinal);
        var forwarded = await app.Proxy.ForwardedAsync(ct);
        Assert.Contains(forwarded, r => r is { Method: "POST", Path: "/api/servicenow/events" });
        var turnsServedBy = forwarded.Where(r => r.Path == "/api/messages").Select(r => r.Instance).Distinct().ToList();
        Assert.Equal(RunningApp.Instances, turnsServedBy.Count);
    }
}
