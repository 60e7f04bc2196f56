using SnowChatOps.EndToEnd.Connection;
using SnowChatOps.EndToEnd.Infrastructure;
using SnowChatOps.EndToEnd.Page;
using SnowChatOps.TestSupport.Cards;
using SnowChatOps.TestSupport.Playground;

namespace SnowChatOps.EndToEnd.Sharing;

// Issue 5's demo path, end to end: connected (the fixture signs in, and removes the connection afterwards), `actions`
// filtered to Identity, Share to ServiceNow, priority 2 and a due date 10 days out, Send: the form is replaced in place
// by the ticket card and the emulator holds exactly one change request, however often Send is pressed.
// ConnectedByAdmin is a class fixture for its side effect (connected while the class runs), hence not injected.
// The two tests share an Identity action list but each shares a different action, so neither meets the other's
// ticket in the duplicate check.
public sealed class ShareToServiceNowTests(RunningApp app, PlaygroundPage playground)
    : IClassFixture<ConnectedByAdmin>, IClassFixture<PlaygroundPage>
{
    private const int Priority = 2;
    private const int DueInDays = 10;

    [Fact]
    public async Task Share_IdentityActionSentTwiceOverRest_ReplacesTheFormWithTheTicketCardAndStoresOneChangeRequest()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var replies = await app.Playground.OpenStreamAsync(ct);
        var chat = new ShareChat(app, replies);
        var list = await chat.SendAsync("actions Identity", ShareChat.ListTitle, ct);
        var form = await chat.PressAsync(list.MessageId, list.Card.BodyActionData(ShareChat.ShareButton)[0], c => c.FirstTextBlock == ShareChat.FormTitle, ct);
        var expected = ExpectedChangeRequest.For(form.Card, Priority, DueInDays);

        var ticket = await chat.PressAsync(form.MessageId, expected.SubmitData(form.Card), ShareChat.IsTicketCard, ct);
        var again = await chat.PressAsync(form.MessageId, expected.SubmitData(form.Card), ShareChat.IsTicketCard, ct);

        var rows = await StoredForAsync(expected, ct);
        var row = Assert.Single(rows);
        expected.AssertStored(row, app.Teams.CurrentUser.Name, app.Teams.CurrentUser.AadObjectId!);
        Assert.All(DetailLines(list), line => Assert.StartsWith("Identity · ", line, StringComparison.Ordinal));
        Assert.True(ticket.ReplacedInPlace && ticket.MessageId == form.MessageId, $"{ticket.Action} {ticket.MessageId} (form {form.MessageId})");
        Assert.True(again.ReplacedInPlace && again.MessageId == form.MessageId, $"{again.Action} {again.MessageId} (form {form.MessageId})");
        expected.AssertTicketCard(ticket.Card, row, app.Teams.CurrentUser.Name);
        Assert.Equal(ticket.Card.FirstTextBlock, again.Card.FirstTextBlock);
        var report = await AdaptiveCardValidator.ValidateAsync(
            [("actions", list.Card.ToString()), ("share-form", form.Card.ToString()), ("ticket", ticket.Card.ToString())], ct);
        Assert.True(report.AllValid, report.ToString());
    }

    [Fact]
    public async Task Share_ClickedThroughInThePageWithADoubleClickOnSend_RendersTheTicketCardInPlaceAndStoresOneChangeRequest()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var replies = await app.Playground.OpenStreamAsync(ct);
        var chat = new ShareChat(app, replies);
        var page = new SharePage(playground);

        var list = await playground.NewCardAsync(ShareChat.ListTitle, "page-share-1-actions", () => playground.SendAsync("actions"));
        await page.FilterAsync(list, "Identity", "page-share-2-identity");
        var filtered = await chat.NextCardAsync(c => c.FirstTextBlock == ShareChat.ListTitle && DetailLines(c).All(l => l.StartsWith("Identity · ", StringComparison.Ordinal)), ct);
        var form = await playground.NewCardAsync(ShareChat.FormTitle, "page-share-3-form", () => PlaygroundPage.ClickAsync(list, ShareChat.ShareButton, nth: 1));
        var formSent = await chat.NextCardAsync(c => c.FirstTextBlock == ShareChat.FormTitle, ct);
        var expected = ExpectedChangeRequest.For(formSent.Card, Priority, DueInDays);
        await page.FillFormAsync(form, "2 - High", expected.DueDay, "page-share-4-form-filled");
        var formsShown = await playground.CardsWithTextBlock(ShareChat.FormTitle).CountAsync();

        var ticket = await playground.NewCardAsync(page.TicketCards, "page-share-5-ticket", () => SharePage.DoubleClickAsync(form, ShareChat.SendButton));
        var answers = await chat.SendAnswersAsync(2, ct); // both clicks' turns are done before ServiceNow is counted

        var row = Assert.Single(await StoredForAsync(expected, ct));
        expected.AssertStored(row, app.Teams.CurrentUser.Name, app.Teams.CurrentUser.AadObjectId!);
        Assert.Equal(expected.ActionId, filtered.Card.BodyActionData(ShareChat.ShareButton)[1]["arg"]);
        ShareChat.AssertDoubleSendAnswered(answers, formSent.MessageId);
        Assert.Equal(formsShown - 1, await playground.CardsWithTextBlock(ShareChat.FormTitle).CountAsync());
        expected.AssertRenderedTicket(await ticket.InnerTextAsync(), row);
    }

    [Fact]
    public async Task Share_CancelClickedOnTheForm_ReplacesItWithNotSharedAndSendsNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var replies = await app.Playground.OpenStreamAsync(ct);
        var chat = new ShareChat(app, replies);
        var list = await playground.NewCardAsync(ShareChat.ListTitle, "page-cancel-1-actions", () => playground.SendAsync("actions Identity"));
        var form = await playground.NewCardAsync(ShareChat.FormTitle, "page-cancel-2-form", () => PlaygroundPage.ClickAsync(list, ShareChat.ShareButton, nth: 2));
        var formSent = await chat.NextCardAsync(c => c.FirstTextBlock == ShareChat.FormTitle, ct);
        var correlation = ExpectedChangeRequest.For(formSent.Card, Priority, DueInDays).CorrelationId;
        var formsShown = await playground.CardsWithTextBlock(ShareChat.FormTitle).CountAsync();

        var notShared = await playground.NewCardAsync("Not shared", "page-cancel-3-not-shared", () => PlaygroundPage.ClickAsync(form, "Cancel"));
        var answer = await chat.NextCardAsync(c => c.FirstTextBlock == "Not shared", ct);

        Assert.True(answer.ReplacedInPlace && answer.MessageId == formSent.MessageId, $"{answer.Action} {answer.MessageId} (form {formSent.MessageId})");
        Assert.Contains("Nothing was sent to ServiceNow.", answer.Card.TextBlocks);
        Assert.Equal(["Browse actions"], answer.Card.ActionTitles);
        Assert.Contains("Nothing was sent to ServiceNow.", await notShared.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(formsShown - 1, await playground.CardsWithTextBlock(ShareChat.FormTitle).CountAsync());
        Assert.DoesNotContain(await app.ServiceNowControl.GetRecordsAsync("change_request", ct), r => r["correlation_id"] == correlation);
    }

    /// <summary>The emulator's change requests from this submission, or for its action (a second ticket would be a duplicate).</summary>
    private async Task<List<IReadOnlyDictionary<string, string>>> StoredForAsync(ExpectedChangeRequest expected, CancellationToken ct) =>
        [.. (await app.ServiceNowControl.GetRecordsAsync("change_request", ct))
            .Where(r => r["correlation_id"] == expected.CorrelationId || r["u_m365_action_id"] == expected.ActionId)];

    private static IEnumerable<string> DetailLines(CardEvent list) => DetailLines(list.Card);

    private static IEnumerable<string> DetailLines(AdaptiveCardView card) =>
        card.TextBlocks.Where(t => t.Contains(" points · rank ", StringComparison.Ordinal));
}
