using System.Text.Json.Nodes;
using SnowChatOps.Bot.Tracking.Delivery;
using SnowChatOps.IntegrationTests.Sharing;

namespace SnowChatOps.IntegrationTests.SecureScore;

/// <summary>Ticket changes written back to Secure Score: the Graph emulator's recorded PATCH bodies are what Graph would receive.</summary>
public sealed class SecureScoreWriteBackTests : IAsyncLifetime
{
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;
    private readonly SecureScoreLoopHost host = new();

    public ValueTask InitializeAsync() => new(host.StartAsync(1, ct));

    public ValueTask DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task WriteBack_NotTurnedOn_NothingWrittenAndTicketStillNotified()
    {
        var ticket = await host.TrackNewChangeAsync(ct);

        await host.ChangeStateAsync(ticket, "-4", ct);

        Assert.Empty(host.Graph.PatchBodies(SecureScoreLoopHost.Action));
        Assert.Equal($"{ticket.Number}: New → Assess", SharingTurns.Title(Assert.Single(host.App.Adapter.Sent)));
    }

    [Fact]
    public async Task WriteBack_OpenThenClosedSeenByThePoller_NoteThenChosenState()
    {
        await host.EnableWriteBackAsync("Reviewed", ct);
        var ticket = await host.TrackNewChangeAsync(ct);

        await host.ChangeStateAsync(ticket, "-4", ct);
        await host.ChangeStateAsync(ticket, "3", ct);

        var bodies = host.Graph.PatchBodies(SecureScoreLoopHost.Action);
        Assert.Equal(2, bodies.Count);
        AssertBody(bodies[0], state: null, $"ServiceNow {ticket.Number}: Assess (followed by SnowChatOps).");
        AssertBody(bodies[1], state: "Reviewed", $"ServiceNow {ticket.Number}: Closed (followed by SnowChatOps).");
    }

    [Fact]
    public async Task WriteBack_Canceled_BackToDefault()
    {
        await host.EnableWriteBackAsync("ThirdParty", ct);
        var ticket = await host.TrackNewChangeAsync(ct);

        await host.ChangeStateAsync(ticket, "4", ct);

        AssertBody(Assert.Single(host.Graph.PatchBodies(SecureScoreLoopHost.Action)), state: "Default",
            $"ServiceNow {ticket.Number}: Canceled (followed by SnowChatOps).");
    }

    [Fact]
    public async Task WriteBack_ChangeReplayedOrSameContent_WrittenOnce()
    {
        await host.EnableWriteBackAsync("ThirdParty", ct);
        var ticket = await host.TrackNewChangeAsync(ct);
        var handler = host.App.Get<ITicketChangeHandler>();
        var change = new TicketChange(ticket, "-5", "3", "abel.tuter", "key-1");

        await handler.OnChangedAsync(change, ct);
        await handler.OnChangedAsync(change, ct);
        await handler.OnChangedAsync(change with { Key = "key-2" }, ct);

        AssertBody(Assert.Single(host.Graph.PatchBodies(SecureScoreLoopHost.Action)), state: "ThirdParty",
            $"ServiceNow {ticket.Number}: Closed (followed by SnowChatOps). Last updated by abel.tuter.");
    }

    [Fact]
    public async Task WriteBack_Refused403_TrackingUnaffectedAndFailureKeptForAdmins()
    {
        await host.EnableWriteBackAsync("ThirdParty", ct);
        host.Graph.RefuseWrites();
        var ticket = await host.TrackNewChangeAsync(ct);

        await host.ChangeStateAsync(ticket, "3", ct);

        Assert.Empty(host.Graph.PatchBodies(SecureScoreLoopHost.Action));
        Assert.Equal($"{ticket.Number}: New → Closed", SharingTurns.Title(Assert.Single(host.App.Adapter.Sent)));
        Assert.Equal("3", Assert.Single(host.App.Tracked.All).LastKnownState);
        var settings = await host.Store(host.App).GetSettingsAsync(SecureScoreLoopHost.Tenant, ct);
        Assert.Equal("forbidden", settings.LastFailure);
    }

    private static void AssertBody(JsonObject body, string? state, string comment)
    {
        Assert.Equal(state, (string?)body["state"]);
        Assert.Equal(state is not null, body.ContainsKey("state"));
        Assert.Equal(comment, (string?)body["comment"]);
        Assert.False(body.ContainsKey("assignedTo"));
        Assert.Equal("SecureScore", (string?)body["vendorInformation"]?["provider"]);
        Assert.Equal("Microsoft", (string?)body["vendorInformation"]?["vendor"]);
    }
}
