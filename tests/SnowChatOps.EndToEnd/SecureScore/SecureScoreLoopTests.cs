using SnowChatOps.EndToEnd.Connection;
using SnowChatOps.EndToEnd.Infrastructure;
using SnowChatOps.EndToEnd.Sharing;
using SnowChatOps.GraphEmulator.Data;
using SnowChatOps.TestSupport.Cards;
using SnowChatOps.TestSupport.Playground;

namespace SnowChatOps.EndToEnd.SecureScore;

// Issue 12's loop end to end, as an admin walks it in the Playground with the bots reading Secure Score from the Graph
// emulator (RunningApp): settings → Secure Score write-back on (the card's switch and Save), `actions Data`, share
// InformationProtectionLabels (3 of 6 points in the emulator's seed, the offline sample's numbers) as an incident, an
// agent resolves it in ServiceNow (the emulator's control API: the state-change business rule's webhook), the ticket card
// turns Resolved and the emulator records PATCH state ThirdParty with a note naming the incident. Secure Score takes
// 24-48 h: the emulator gives a ThirdParty control its max 24 h after the PATCH (GraphEmulator:ScoreDelay), so its
// clock is moved 48 h, past a midnight's snapshot; the bots' short check interval (RunningApp) then posts
// "+3 points" in the ticket's conversation (a personal chat has no threads: the chat itself) and refreshes the card to
// 6 / 6. Write-back is switched off again at the end, as other tests expect (it is stored per tenant and outlives the
// connection). No other e2e test shares a Data action or reads Graph's date, so the clock left 48 h ahead is harmless.
public sealed class SecureScoreLoopTests(RunningApp app) : IClassFixture<ConnectedByAdmin>
{
    private const string ControlId = "InformationProtectionLabels";
    private const string ActionTitle = "Publish sensitivity labels to users";
    private const string SettingsTitle = "Manage ServiceNow configuration";
    private const string SecureScoreTitle = "Microsoft Secure Score";
    private const string SavedOn = "Saved. Ticket changes are now written back to Secure Score.";
    private const string SavedOff = "Saved. Nothing is written to Secure Score.";
    private const string Resolved = "6";
    private static readonly TimeSpan SecureScoreDelay = TimeSpan.FromHours(48);

    [Fact]
    public async Task WriteBackOnAndIncidentResolvedInServiceNow_GraphGetsThirdPartyAndTwoDaysLaterTheChatGetsPlusThreePoints()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var replies = await app.Playground.OpenStreamAsync(ct);
        var admin = new AdminChat(app, replies);
        var chat = new ShareChat(app, replies);
        var switchedOn = await SaveWriteBackAsync(admin, replies, on: true, ct);
        try
        {
            var list = await chat.SendAsync("actions Data", ShareChat.ListTitle, ct);
            var share = Assert.Single(list.Card.BodyActionData(ShareChat.ShareButton), d => d["arg"] == ControlId);
            var form = await chat.PressAsync(list.MessageId, share, c => c.FirstTextBlock == ShareChat.FormTitle, ct);
            var submit = ExpectedChangeRequest.For(form.Card, priority: 2, dueInDays: 10).SubmitData(form.Card);
            submit["type"] = "incident";
            var ticket = await chat.PressAsync(form.MessageId, submit, ShareChat.IsIncidentCard, ct);
            var number = ticket.Card.FirstTextBlock!.Split(' ')[1];
            var incident = Assert.Single(await app.ServiceNowControl.GetRecordsAsync("incident", ct), r => r["number"] == number);

            await app.ServiceNowControl.ChangeStateAsync("incident", incident["sys_id"], Resolved, ct);
            var resolved = await chat.NextCardAsync(c => IsTicket(c, number) && c.Facts.Contains(("State", "Resolved")), ct);
            var patch = await WaitForThirdPartyPatchAsync(number, ct);
            await app.GraphControl.AdvanceClockAsync(SecureScoreDelay, ct);
            var points = await chat.NextCardAsync(c => c.FirstTextBlock?.StartsWith("Secure Score +", StringComparison.Ordinal) == true, ct);
            var refreshed = await chat.NextCardAsync(c => IsTicket(c, number) && c.Facts.Contains(("Points now", "6 / 6")), ct);

            Assert.Equal("true", switchedOn.Card.ElementProperty("writeBack", "value"));
            Assert.Contains(("Points now", "3 / 6"), ticket.Card.Facts);
            Assert.Contains(("Points now", "3 / 6"), resolved.Card.Facts);
            Assert.StartsWith($"ServiceNow {number}: Resolved (followed by SnowChatOps).", (string?)patch.Body["comment"], StringComparison.Ordinal);
            Assert.Equal($"Secure Score +3 points for {ActionTitle}", points.Card.FirstTextBlock);
            Assert.Equal(PlaygroundStreamEvent.CreateMessage, points.Action);
            Assert.Contains($"Ticket {number}", points.Card.TextBlocks);
            Assert.True(refreshed.ReplacedInPlace && refreshed.MessageId == ticket.MessageId, $"{refreshed.Action} {refreshed.MessageId} (card {ticket.MessageId})");
            var report = await AdaptiveCardValidator.ValidateAsync(
                [("securescore-settings", switchedOn.Card.ToString()), ("points", points.Card.ToString()), ("ticket-points", refreshed.Card.ToString())], ct);
            Assert.True(report.AllValid, report.ToString());
        }
        finally
        {
            await SaveWriteBackAsync(admin, replies, on: false, ct);
        }
    }

    private static bool IsTicket(AdaptiveCardView card, string number) => card.FirstTextBlock == $"Ticket {number} created in ServiceNow";

    /// <summary>
    /// As an admin: <c>settings</c>, "Secure Score write-back", the switch on or off with "Resolved through third party",
    /// the other fields as shown, Save; waits for the saved card and the "Saved." line.
    /// </summary>
    private async Task<CardMessage> SaveWriteBackAsync(AdminChat admin, PlaygroundStream replies, bool on, CancellationToken ct)
    {
        var settings = await admin.SendAsync("settings", SettingsTitle, ct);
        var card = await admin.PressAsync(settings, "Secure Score write-back", SecureScoreTitle, ct);
        var inputs = new Dictionary<string, string>
        {
            ["writeBack"] = on ? "true" : "false",
            ["resolvedState"] = "ThirdParty",
            ["dropThreshold"] = card.Card.ElementProperty("dropThreshold", "value") ?? string.Empty,
            ["quietFrom"] = card.Card.ElementProperty("quietFrom", "value") ?? string.Empty,
            ["quietTo"] = card.Card.ElementProperty("quietTo", "value") ?? string.Empty,
        };
        var saved = await admin.PressAsync(card, "Save", SecureScoreTitle, ct, inputs);
        var line = on ? SavedOn : SavedOff;
        await replies.WaitForBotMessageAsync(
            e => e.ActionConversationId == app.Teams.PersonalChat.Id && e.Message!.Text == line, RunningApp.ReplyTimeout, ct);
        return saved;
    }

    /// <summary>Polls the Graph emulator's recorded PATCH bodies until one sets the control to ThirdParty for <paramref name="number"/>.</summary>
    private async Task<RecordedPatch> WaitForThirdPartyPatchAsync(string number, CancellationToken ct)
    {
        RecordedPatch? found = null;
        await app.WaitForGraphAsync($"a ThirdParty PATCH of {ControlId} naming {number}", async probe =>
        {
            found = (await app.GraphControl.GetPatchesAsync(probe)).LastOrDefault(p =>
                p.ControlId == ControlId && (string?)p.Body["state"] == "ThirdParty"
                && ((string?)p.Body["comment"])?.Contains(number, StringComparison.Ordinal) == true);
            return found is not null;
        }, ct);
        return found!;
    }
}
