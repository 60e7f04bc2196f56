using System.Text.Json;
using System.Text.Json.Nodes;
using SnowChatOps.EndToEnd.Connection;
using SnowChatOps.EndToEnd.Infrastructure;
using SnowChatOps.EndToEnd.Sharing;
using SnowChatOps.TestSupport.Cards;
using SnowChatOps.TestSupport.Playground;

namespace SnowChatOps.EndToEnd.Tickets;

// Issue 8's "act from the card", end to end over the Agents Playground's REST surface: share an Identity action as an
// incident, press the ticket card's Add work note (an Action.Execute invoke, adaptiveCard/action), then Resolve with a
// resolution code and notes. The emulator holds the note in sys_journal_field and the resolved incident; the card the
// bot answers with, and the shared card it puts in place, say the same. The Playground's user (Alex Wilber) is an
// admin in Development, hence a responder.
public sealed class TicketCardActionsTests(RunningApp app) : IClassFixture<ConnectedByAdmin>
{
    private const int ActionIndex = 2; // the sharing tests share actions 0 and 1: no duplicate warning here

    [Fact]
    public async Task TicketCard_AddWorkNoteThenResolve_ServiceNowAndTheCardAgree()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var replies = await app.Playground.OpenStreamAsync(ct);
        var chat = new ShareChat(app, replies);
        var list = await chat.SendAsync("actions Identity", ShareChat.ListTitle, ct);
        var form = await chat.PressAsync(list.MessageId, list.Card.BodyActionData(ShareChat.ShareButton)[ActionIndex], c => c.FirstTextBlock == ShareChat.FormTitle, ct);
        var expected = ExpectedChangeRequest.For(form.Card, 2, 10);
        var submit = expected.SubmitData(form.Card);
        submit["type"] = "incident";
        var ticket = await chat.PressAsync(form.MessageId, submit, ShareChat.IsIncidentCard, ct);
        var incident = Assert.Single(await app.ServiceNowControl.GetRecordsAsync("incident", ct), r => r["correlation_id"] == expected.CorrelationId);

        var noted = await InvokeAsync(ticket.Card.Json, ticket.MessageId, "ticket-note", new JsonObject { ["note"] = "Checked in the Playground" }, ct);
        var resolved = await InvokeAsync(noted, ticket.MessageId, "ticket-state",
            new JsonObject { ["state"] = "6", ["closeCode"] = "Solution provided", ["closeNotes"] = "MFA enforced for admins" }, ct);
        var shared = await chat.NextCardAsync(c => ShareChat.IsIncidentCard(c) && c.Facts.Contains(("State", "Resolved")), ct);

        var notes = (await app.ServiceNowControl.GetRecordsAsync("sys_journal_field", ct)).Where(r => r["element_id"] == incident["sys_id"]).ToList();
        var note = Assert.Single(notes, r => r["element"] == "work_notes" && r["value"].StartsWith("Checked in the Playground", StringComparison.Ordinal));
        Assert.Equal($"Checked in the Playground\n\nAdded by {app.Teams.CurrentUser.Name} in Microsoft Teams", note["value"]);
        var stored = Assert.Single(await app.ServiceNowControl.GetRecordsAsync("incident", ct), r => r["sys_id"] == incident["sys_id"]);
        Assert.Equal(("6", "Solution provided", "MFA enforced for admins"), (stored["state"], stored["close_code"], stored["close_notes"]));
        var answered = new AdaptiveCardView(resolved);
        Assert.Contains(("State", "Resolved"), answered.Facts);
        Assert.Contains(answered.TextBlocks, t => t.StartsWith("Latest work note: Checked in the Playground", StringComparison.Ordinal));
        Assert.Equal(ticket.MessageId, shared.MessageId);
        var report = await AdaptiveCardValidator.ValidateAsync([("ticket-actions", ticket.Card.ToString()), ("ticket-resolved", answered.ToString())], ct);
        Assert.True(report.AllValid, report.ToString());
    }

    /// <summary>Presses the card's Action.Execute <paramref name="verb"/> with <paramref name="inputs"/>; returns the card Teams would show.</summary>
    private async Task<JsonElement> InvokeAsync(JsonElement card, string messageId, string verb, JsonObject inputs, CancellationToken ct)
    {
        var data = JsonNode.Parse(FindExecute(card, verb).GetProperty("data").GetRawText())!.AsObject();
        foreach (var (key, input) in inputs)
        {
            data[key] = input?.DeepClone();
        }

        var value = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data }, ["trigger"] = "manual" };
        var response = await app.Playground.InvokeAsync("adaptiveCard/action", app.Teams.PersonalChat.Id, value, ct, replyToId: messageId);
        Assert.Equal(AdaptiveCardView.ContentType, response.GetProperty("type").GetString());
        return response.GetProperty("value").Clone();
    }

    private static JsonElement FindExecute(JsonElement card, string verb) =>
        Find(card, verb) ?? throw new InvalidOperationException($"No Action.Execute '{verb}' on the card.");

    private static JsonElement? Find(JsonElement element, string verb)
    {
        if (element.ValueKind == JsonValueKind.Object
            && element.TryGetProperty("type", out var type) && type.GetString() == "Action.Execute"
            && element.TryGetProperty("verb", out var named) && named.GetString() == verb)
        {
            return element;
        }

        var children = element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().Select(p => p.Value),
            JsonValueKind.Array => element.EnumerateArray(),
            _ => [],
        };
        return children.Select(child => Find(child, verb)).FirstOrDefault(found => found is not null);
    }
}
