namespace SnowChatOps.IntegrationTests.Tickets;

/// <summary>The Responders setting, and what the card says when ServiceNow cannot be reached (issue 8, items 4 and 5).</summary>
public sealed class RespondersTests
{
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddNote_ListedResponderWhoIsNotAnAdmin_IsAllowed()
    {
        await using var host = new TicketCardHost(("Responders:UserObjectIds:0", TicketCardHost.Adele.Aad));
        var (posted, sysId) = await host.ShareAsync("incident", ct);

        var response = await host.InvokeAsync(TicketTurns.Invoke(TicketTurns.Card(posted), posted.Id, "ticket-note", new { note = "Adele was here" }, TicketCardHost.Adele), ct);

        Assert.Equal("Adele was here\n\nAdded by Adele Vance in Microsoft Teams", Assert.Single(host.WorkNotes(sysId))["value"]);
        Assert.Equal("Work note added by Adele Vance.", TicketTurns.Notice(TicketTurns.ResponseCard(response)));
    }

    [Fact]
    public async Task Fallback_NotAResponder_RepliesWithTheReasonAndLeavesTheSharedCard()
    {
        await using var host = new TicketCardHost();
        var (posted, sysId) = await host.ShareAsync("incident", ct);
        var updates = host.Adapter.Updated.Count;
        var press = TicketTurns.Fallback(TicketTurns.Card(posted), posted.Id, "ticket-note", new { note = "x" });
        press.From = new Microsoft.Bot.Schema.ChannelAccount(TicketCardHost.Adele.Id, TicketCardHost.Adele.Name) { AadObjectId = TicketCardHost.Adele.Aad };

        await host.SendAsync(press, ct);

        Assert.Empty(host.WorkNotes(sysId));
        Assert.Equal(updates, host.Adapter.Updated.Count);
        Assert.Equal("Only responders can act on this ticket from Teams. Nothing was changed; ask an admin to add you to the responders.", host.Adapter.Sent.Last().Text);
    }

    [Fact]
    public async Task AddNote_ServiceNowUnavailable_SaysSoAndWritesNothing()
    {
        await using var host = new TicketCardHost();
        var (posted, sysId) = await host.ShareAsync("incident", ct);
        await host.SetFaultsAsync(new { serviceUnavailable = true }, ct);

        var response = await host.InvokeAsync(TicketTurns.Invoke(TicketTurns.Card(posted), posted.Id, "ticket-note", new { note = "x" }), ct);
        await host.SetFaultsAsync(new { }, ct);

        Assert.Equal("application/vnd.microsoft.activity.message", (string?)response["type"]);
        Assert.Equal("ServiceNow did not answer, so it is not certain the change was made. Check the ticket before trying again.", (string?)response["value"]);
        Assert.Empty(host.WorkNotes(sysId));
    }

    [Fact]
    public async Task AddNote_NotConnectedAnyMore_SaysSo()
    {
        await using var host = new TicketCardHost();
        var (posted, _) = await host.ShareAsync("incident", ct);
        await host.App.Connections.DeleteAsync(TicketCardHost.TenantId, ct);

        var response = await host.InvokeAsync(TicketTurns.Invoke(TicketTurns.Card(posted), posted.Id, "ticket-note", new { note = "x" }), ct);

        Assert.Equal("ServiceNow is not connected for this organization, so nothing was changed.", (string?)response["value"]);
    }
}
