namespace SnowChatOps.IntegrationTests.Tickets;

/// <summary>Change a ticket's state from its card along the real transitions, against the emulator (issue 8, item 4).</summary>
public sealed class ChangeStateTests : IAsyncDisposable
{
    private readonly TicketCardHost host = new();
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task PostedIncidentCard_OffersOnlyTheNextStates()
    {
        var (posted, _) = await host.ShareAsync("incident", ct);

        var states = TicketTurns.Card(posted).SelectTokens("$..[?(@.id == 'state')].choices[*].title").Select(t => (string)t!);

        Assert.Equal(["In Progress", "On Hold", "Resolved", "Canceled"], states);
    }

    [Fact]
    public async Task Resolve_WithoutCloseNotes_IsRefusedByTheDataPolicyAndShownNothingApplied()
    {
        var (posted, sysId) = await host.ShareAsync("incident", ct);

        var response = await host.InvokeAsync(TicketTurns.Invoke(TicketTurns.Card(posted), posted.Id, "ticket-state", new { state = "6", closeCode = "Solution provided" }), ct);

        var card = TicketTurns.ResponseCard(response);
        Assert.Equal("ServiceNow refused the change: Operation Failed: Data Policy Exception: The following fields are mandatory: Resolution notes. Nothing was changed.", TicketTurns.Notice(card));
        var row = host.Row("incident", sysId);
        Assert.Equal(("1", ""), (row["state"], row["close_code"]));
        Assert.Equal("New", TicketTurns.Fact(card, "State"));
    }

    [Fact]
    public async Task Resolve_RefusedThenRetriedWithNotes_IsAppliedOnce()
    {
        var (posted, sysId) = await host.ShareAsync("incident", ct);
        var card = TicketTurns.Card(posted);
        await host.InvokeAsync(TicketTurns.Invoke(card, posted.Id, "ticket-state", new { state = "6", closeCode = "Solution provided" }), ct);

        var response = await host.InvokeAsync(TicketTurns.Invoke(card, posted.Id, "ticket-state", new { state = "6", closeCode = "Solution provided", closeNotes = "MFA enforced" }), ct);

        var row = host.Row("incident", sysId);
        Assert.Equal(("6", "Solution provided", "MFA enforced"), (row["state"], row["close_code"], row["close_notes"]));
        var answer = TicketTurns.ResponseCard(response);
        Assert.Equal("Megan Bowen moved the ticket to Resolved.", TicketTurns.Notice(answer));
        Assert.Equal("Resolved", TicketTurns.Fact(answer, "State"));
    }

    [Fact]
    public async Task OnHold_WithoutReason_IsRefusedBeforeServiceNow()
    {
        var (posted, sysId) = await host.ShareAsync("incident", ct);

        var response = await host.InvokeAsync(TicketTurns.Invoke(TicketTurns.Card(posted), posted.Id, "ticket-state", new { state = "3" }), ct);

        Assert.Equal("Choose an on hold reason to put the ticket on hold. Nothing was changed.", TicketTurns.Notice(TicketTurns.ResponseCard(response)));
        Assert.Equal("1", host.Row("incident", sysId)["state"]);
    }

    [Fact]
    public async Task OnHold_WithReason_WritesStateAndReason()
    {
        var (posted, sysId) = await host.ShareAsync("incident", ct);

        await host.InvokeAsync(TicketTurns.Invoke(TicketTurns.Card(posted), posted.Id, "ticket-state", new { state = "3", holdReason = "4" }), ct);

        var row = host.Row("incident", sysId);
        Assert.Equal(("3", "4"), (row["state"], row["hold_reason"]));
    }

    [Fact]
    public async Task State_NotANextState_IsRefusedAndNothingChanges()
    {
        var (posted, sysId) = await host.ShareAsync("incident", ct);

        var response = await host.InvokeAsync(TicketTurns.Invoke(TicketTurns.Card(posted), posted.Id, "ticket-state", new { state = "7" }), ct);

        Assert.Equal("The ticket cannot move to that state from New. Nothing was changed.", TicketTurns.Notice(TicketTurns.ResponseCard(response)));
        Assert.Equal("1", host.Row("incident", sysId)["state"]);
    }

    [Fact]
    public async Task State_DoubleClick_AppliesOnce()
    {
        var (posted, sysId) = await host.ShareAsync("incident", ct);
        var card = TicketTurns.Card(posted);
        Microsoft.Bot.Schema.Activity Press() => TicketTurns.Invoke(card, posted.Id, "ticket-state", new { state = "2" });

        await Task.WhenAll(host.InvokeAsync(Press(), ct), host.InvokeAsync(Press(), ct));

        var row = host.Row("incident", sysId);
        Assert.Equal(("2", "1"), (row["state"], row["sys_mod_count"]));
    }

    [Fact]
    public async Task State_NotAResponder_IsRefusedAndNothingChanges()
    {
        var (posted, sysId) = await host.ShareAsync("incident", ct);

        await host.InvokeAsync(TicketTurns.Invoke(TicketTurns.Card(posted), posted.Id, "ticket-state", new { state = "2" }, TicketCardHost.Adele), ct);

        Assert.Equal("1", host.Row("incident", sysId)["state"]);
    }

    [Fact]
    public async Task ChangeRequest_WalksTheNormalModelOneStepAtATime()
    {
        var (posted, sysId) = await host.ShareAsync("change_request", ct);
        var card = TicketTurns.Card(posted);
        var walked = new List<string>();

        foreach (var next in new[] { "-4", "-3", "-2", "-1", "0", "3" })
        {
            Assert.Contains(next, card.SelectTokens("$..[?(@.id == 'state')].choices[*].value").Select(t => (string)t!));
            card = TicketTurns.ResponseCard(await host.InvokeAsync(TicketTurns.Invoke(card, posted.Id, "ticket-state", new { state = next, closeCode = "successful", closeNotes = "Done" }), ct));
            walked.Add(TicketTurns.Fact(card, "State")!);
        }

        Assert.Equal(["Assess", "Authorize", "Scheduled", "Implement", "Review", "Closed"], walked);
        Assert.Equal("3", host.Row("change_request", sysId)["state"]);
        Assert.Null(card.SelectToken("$..[?(@.id == 'state')]"));
    }

    [Fact]
    public async Task ChangeRequest_SkippingStatesThroughTheTableApi_IsRefusedByTheEmulatorLikeAnInstance()
    {
        var (_, sysId) = await host.ShareAsync("change_request", ct);

        var error = await Assert.ThrowsAsync<SnowChatOps.Bot.ServiceNow.Errors.ServiceNowForbiddenException>(() =>
            host.Client.UpdateTicketAsync(TicketCardHost.TenantId, SnowChatOps.Bot.ServiceNow.TicketTable.ChangeRequest, sysId, new() { State = "-1" }, ct));

        Assert.Equal("Operation Failed", error.ServiceNowMessage);
        Assert.Equal("Invalid state transition: a normal change cannot move from New to Implement", error.ServiceNowDetail);
        Assert.Equal("-5", host.Row("change_request", sysId)["state"]);
    }
}
