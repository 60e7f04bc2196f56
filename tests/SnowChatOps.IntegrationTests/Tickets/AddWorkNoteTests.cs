using Newtonsoft.Json.Linq;

namespace SnowChatOps.IntegrationTests.Tickets;

/// <summary>Add a work note from the ticket card, against the emulator (issue 8, item 4).</summary>
public sealed class AddWorkNoteTests : IAsyncDisposable
{
    private readonly TicketCardHost host = new();
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task AddNote_Responder_LandsInJournalAttributedAndCardShowsIt()
    {
        var (posted, sysId) = await host.ShareAsync("incident", ct);

        var response = await host.InvokeAsync(TicketTurns.Invoke(TicketTurns.Card(posted), posted.Id, "ticket-note", new { note = "Checked the MFA policy" }), ct);

        var note = Assert.Single(host.WorkNotes(sysId));
        Assert.Equal("Checked the MFA policy\n\nAdded by Megan Bowen in Microsoft Teams", note["value"]);
        Assert.Equal("incident", note["name"]);
        Assert.Equal("m365.integration", note["sys_created_by"]);
        var card = TicketTurns.ResponseCard(response);
        Assert.Equal("Work note added by Megan Bowen.", TicketTurns.Notice(card));
        Assert.Contains(card.SelectTokens("$.body[*].text"), t => ((string?)t)?.StartsWith("Latest work note: Checked the MFA policy", StringComparison.Ordinal) == true);
        var shared = host.Adapter.Updated.Last();
        Assert.Equal(posted.Id, shared.Id);
        Assert.Equal("Work note added by Megan Bowen.", TicketTurns.Notice(TicketTurns.Card(shared)));
    }

    [Fact]
    public async Task AddNote_DoubleClick_WritesOneNote()
    {
        var (posted, sysId) = await host.ShareAsync("incident", ct);
        var card = TicketTurns.Card(posted);
        Microsoft.Bot.Schema.Activity Press() => TicketTurns.Invoke(card, posted.Id, "ticket-note", new { note = "Once" });

        await Task.WhenAll(host.InvokeAsync(Press(), ct), host.InvokeAsync(Press(), ct));
        var third = await host.InvokeAsync(Press(), ct);

        Assert.Single(host.WorkNotes(sysId));
        Assert.Equal("This was already done; the card shows the ticket as it is now.", TicketTurns.Notice(TicketTurns.ResponseCard(third)));
    }

    [Fact]
    public async Task AddNote_PressOfTheRefreshedCard_IsANewNote()
    {
        var (posted, sysId) = await host.ShareAsync("incident", ct);
        var first = TicketTurns.ResponseCard(await host.InvokeAsync(TicketTurns.Invoke(TicketTurns.Card(posted), posted.Id, "ticket-note", new { note = "One" }), ct));

        await host.InvokeAsync(TicketTurns.Invoke(first, posted.Id, "ticket-note", new { note = "Two" }), ct);

        Assert.Equal(2, host.WorkNotes(sysId).Count);
    }

    [Fact]
    public async Task AddNote_NotAResponder_IsRefusedWithAReasonAndWritesNothing()
    {
        var (posted, sysId) = await host.ShareAsync("incident", ct);

        var response = await host.InvokeAsync(TicketTurns.Invoke(TicketTurns.Card(posted), posted.Id, "ticket-note", new { note = "x" }, TicketCardHost.Adele), ct);

        Assert.Empty(host.WorkNotes(sysId));
        var card = TicketTurns.ResponseCard(response);
        Assert.Equal("Only responders can act on this ticket from Teams. Nothing was changed; ask an admin to add you to the responders.", TicketTurns.Notice(card));
        Assert.Empty(TicketTurns.Verbs(card));
    }

    [Fact]
    public async Task AddNote_BlankOrControlCharactersOnly_IsRefusedAndWritesNothing()
    {
        var (posted, sysId) = await host.ShareAsync("incident", ct);

        var response = await host.InvokeAsync(TicketTurns.Invoke(TicketTurns.Card(posted), posted.Id, "ticket-note", new { note = " \u0007\u001b " }), ct);

        Assert.Empty(host.WorkNotes(sysId));
        Assert.Equal("Type a work note first. Nothing was changed.", TicketTurns.Notice(TicketTurns.ResponseCard(response)));
    }

    [Fact]
    public async Task AddNote_MarkdownInTheNote_IsShownEscapedOnTheCard()
    {
        var (posted, _) = await host.ShareAsync("incident", ct);

        var response = await host.InvokeAsync(TicketTurns.Invoke(TicketTurns.Card(posted), posted.Id, "ticket-note", new { note = "[click](http://evil.example)" }), ct);

        var latest = TicketTurns.ResponseCard(response).SelectTokens("$.body[*].text").Select(t => (string)t!).Single(t => t.StartsWith("Latest work note", StringComparison.Ordinal));
        Assert.Contains(@"\[click\](http://evil.example)", latest, StringComparison.Ordinal);
        Assert.DoesNotContain("[click](", latest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddNote_SubmitFallback_WritesTheNoteAndReplacesTheCard()
    {
        var (posted, sysId) = await host.ShareAsync("incident", ct);

        await host.SendAsync(TicketTurns.Fallback(TicketTurns.Card(posted), posted.Id, "ticket-note", new { note = "From an old client" }), ct);

        Assert.StartsWith("From an old client", Assert.Single(host.WorkNotes(sysId))["value"], StringComparison.Ordinal);
        var replaced = host.Adapter.Updated.Last();
        Assert.Equal(posted.Id, replaced.Id);
        Assert.Equal("Work note added by Megan Bowen.", TicketTurns.Notice(TicketTurns.Card(replaced)));
    }

    [Fact]
    public async Task PostedCard_CarriesExecuteActionsWithSubmitFallbacksAndARefresh()
    {
        var (posted, _) = await host.ShareAsync("incident", ct);

        var card = TicketTurns.Card(posted);

        Assert.Equal(["ticket-note", "ticket-state", "ticket-assign"], TicketTurns.Verbs(card));
        Assert.All(card.SelectTokens("$.actions..[?(@.type == 'Action.Execute')]"), a => Assert.Equal("Action.Submit", (string?)a["fallback"]!["type"]));
        Assert.Equal("ticket-refresh", (string?)card["refresh"]!["action"]!["verb"]);
        Assert.Equal(JTokenType.Object, card["refresh"]!["action"]!["data"]!.Type);
    }
}
