using SnowChatOps.ServiceNowEmulator.Data;

namespace SnowChatOps.IntegrationTests.Tickets;

/// <summary>"Assign to me" and the Universal Actions refresh of the ticket card, against the emulator (issue 8, item 4).</summary>
public sealed class AssignAndRefreshTests : IAsyncDisposable
{
    private readonly TicketCardHost host = new();
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task AssignToMe_EmailMatchesOneServiceNowUser_AssignsThatUser()
    {
        var (posted, sysId) = await host.ShareAsync("incident", ct);
        host.Roster.With(TicketCardHost.Megan.Id, Seeder.AgentEmail);

        var response = await host.InvokeAsync(TicketTurns.Invoke(TicketTurns.Card(posted), posted.Id, "ticket-assign"), ct);

        Assert.Equal(Seeder.AgentSysId, host.Row("incident", sysId)["assigned_to"]);
        Assert.Equal("Assigned to Alex Wilber in ServiceNow.", TicketTurns.Notice(TicketTurns.ResponseCard(response)));
    }

    [Fact]
    public async Task AssignToMe_NoServiceNowUserWithTheEmail_SaysSoAndAssignsNobody()
    {
        var (posted, sysId) = await host.ShareAsync("incident", ct);
        host.Roster.With(TicketCardHost.Megan.Id, "meganb@example.com");

        var response = await host.InvokeAsync(TicketTurns.Invoke(TicketTurns.Card(posted), posted.Id, "ticket-assign"), ct);

        Assert.Equal("", host.Row("incident", sysId)["assigned_to"]);
        Assert.Equal(
            "No single active ServiceNow user has the email meganb@example.com, so the ticket was not assigned. Ask a ServiceNow admin to set that email on your ServiceNow user.",
            TicketTurns.Notice(TicketTurns.ResponseCard(response)));
    }

    [Fact]
    public async Task AssignToMe_TeamsGivesNoEmail_SaysSoAndAssignsNobody()
    {
        var (posted, sysId) = await host.ShareAsync("incident", ct);

        var response = await host.InvokeAsync(TicketTurns.Invoke(TicketTurns.Card(posted), posted.Id, "ticket-assign"), ct);

        Assert.Equal("", host.Row("incident", sysId)["assigned_to"]);
        Assert.StartsWith("Teams did not give your email address", TicketTurns.Notice(TicketTurns.ResponseCard(response)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssignToMe_NotAResponder_IsRefusedAndAssignsNobody()
    {
        var (posted, sysId) = await host.ShareAsync("incident", ct);
        host.Roster.With(TicketCardHost.Adele.Id, Seeder.AgentEmail);

        await host.InvokeAsync(TicketTurns.Invoke(TicketTurns.Card(posted), posted.Id, "ticket-assign", user: TicketCardHost.Adele), ct);

        Assert.Equal("", host.Row("incident", sysId)["assigned_to"]);
    }

    [Fact]
    public async Task AssignToMe_DoubleClick_WritesOnce()
    {
        var (posted, sysId) = await host.ShareAsync("incident", ct);
        host.Roster.With(TicketCardHost.Megan.Id, Seeder.AgentEmail);
        var card = TicketTurns.Card(posted);

        await Task.WhenAll(
            host.InvokeAsync(TicketTurns.Invoke(card, posted.Id, "ticket-assign"), ct),
            host.InvokeAsync(TicketTurns.Invoke(card, posted.Id, "ticket-assign"), ct));

        Assert.Equal("1", host.Row("incident", sysId)["sys_mod_count"]);
    }

    [Fact]
    public async Task Refresh_Responder_GetsLiveStateButtonsAndTheMembersAsRefreshUsers()
    {
        var (posted, sysId) = await host.ShareAsync("incident", ct);
        host.Roster.With(TicketCardHost.Megan.Id, null).With(TicketCardHost.Adele.Id, null);
        await host.Client.UpdateTicketAsync(TicketCardHost.TenantId, SnowChatOps.Bot.ServiceNow.TicketTable.Incident, sysId, new() { State = "2", WorkNote = "Seen in ServiceNow" }, ct);

        var card = TicketTurns.ResponseCard(await host.InvokeAsync(TicketTurns.Invoke(TicketTurns.Card(posted), posted.Id, "ticket-refresh"), ct));

        Assert.Equal("In Progress", TicketTurns.Fact(card, "State"));
        Assert.Contains(card.SelectTokens("$.body[*].text"), t => (string?)t == "Latest work note: Seen in ServiceNow");
        Assert.Equal(["ticket-note", "ticket-state", "ticket-assign"], TicketTurns.Verbs(card));
        Assert.Equal([TicketCardHost.Megan.Id, TicketCardHost.Adele.Id], card["refresh"]!["userIds"]!.Select(t => (string)t!));
    }

    [Fact]
    public async Task Refresh_NotAResponder_SeesTheCardWithoutButtonsAndWhy()
    {
        var (posted, _) = await host.ShareAsync("incident", ct);

        var card = TicketTurns.ResponseCard(await host.InvokeAsync(TicketTurns.Invoke(TicketTurns.Card(posted), posted.Id, "ticket-refresh", user: TicketCardHost.Adele), ct));

        Assert.Empty(TicketTurns.Verbs(card));
        Assert.Equal("Only responders can act on this ticket from Teams.", TicketTurns.Notice(card));
        Assert.Equal("New", TicketTurns.Fact(card, "State"));
    }

    [Fact]
    public async Task Refresh_RosterOfMoreThan60_NamesOnly60()
    {
        var (posted, _) = await host.ShareAsync("incident", ct);
        foreach (var i in Enumerable.Range(0, 75))
        {
            host.Roster.With($"29:member-{i:D2}", null);
        }

        var card = TicketTurns.ResponseCard(await host.InvokeAsync(TicketTurns.Invoke(TicketTurns.Card(posted), posted.Id, "ticket-refresh"), ct));

        Assert.Equal(60, card["refresh"]!["userIds"]!.Count());
    }

    [Fact]
    public async Task Action_ForgedArgument_IsRefusedAsOutOfDate()
    {
        var (posted, sysId) = await host.ShareAsync("incident", ct);
        var card = TicketTurns.Card(posted);
        var invoke = TicketTurns.Invoke(card, posted.Id, "ticket-note", new { note = "x", arg = "{\"t\":\"sys_user\",\"s\":\"x\",\"k\":\"y\"}" });

        var response = await host.InvokeAsync(invoke, ct);

        Assert.Equal("application/vnd.microsoft.activity.message", (string?)response["type"]);
        Assert.Equal("This card is out of date; nothing was changed.", (string?)response["value"]);
        Assert.Empty(host.WorkNotes(sysId));
    }
}
