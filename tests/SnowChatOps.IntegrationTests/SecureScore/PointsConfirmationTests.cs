using SnowChatOps.IntegrationTests.Sharing;
using SnowChatOps.IntegrationTests.Storage;

namespace SnowChatOps.IntegrationTests.SecureScore;

/// <summary>
/// After a ticket is resolved or closed: "+N points" once a daily snapshot shows the control's points rise, or "no
/// change yet after 72 h" with the Defender link, each exactly once, also with two instances on one Azurite.
/// </summary>
public sealed class PointsConfirmationTests(AzuriteFixture azurite) : IAsyncDisposable
{
    private const string ActionTitle = "Require multifactor authentication for every administrator role";
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;
    private SecureScoreLoopHost host = new();

    public ValueTask DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task Confirm_ClosedAndWrittenThirdParty_PlusPointsOnceOnTheThreadAndCardRefreshed()
    {
        await host.StartAsync(1, ct);
        await host.EnableWriteBackAsync("ThirdParty", ct);
        var ticket = await host.TrackNewChangeAsync(ct);
        await host.ChangeStateAsync(ticket, "3", ct);
        var sentBefore = host.App.Adapter.Sent.Count;
        var updatedBefore = host.App.Adapter.Updated.Count;

        var tooEarly = await host.ConfirmAsync(host.App, ct); // the Graph emulator moves points 24 h after the write
        host.Emulator.Time.Advance(TimeSpan.FromHours(41)); // past the second midnight: that snapshot has the points
        var confirmed = await host.ConfirmAsync(host.App, ct);
        host.Emulator.Time.Advance(TimeSpan.FromHours(72));
        var again = await host.ConfirmAsync(host.App, ct);

        Assert.Equal((0, 1, 0), (tooEarly, confirmed, again));
        var posted = Assert.Single(host.App.Adapter.Sent.Skip(sentBefore));
        Assert.Equal($"Secure Score +10 points for {ActionTitle}", SharingTurns.Title(posted));
        Assert.Equal("conv-1;messageid=card-1", posted.Conversation.Id); // a reply in the ticket card's thread
        var card = Assert.Single(host.App.Adapter.Updated.Skip(updatedBefore));
        Assert.Contains(SharingTurns.Card(card).SelectTokens("$..facts[*].value"), v => (string?)v == "10 / 10");
    }

    [Fact]
    public async Task Confirm_NoRiseWithin72Hours_NoChangeWithPortalLinkOnce()
    {
        await host.StartAsync(1, ct);
        var ticket = await host.TrackNewChangeAsync(ct);
        await host.ChangeStateAsync(ticket, "3", ct);
        var sentBefore = host.App.Adapter.Sent.Count;

        host.Emulator.Time.Advance(TimeSpan.FromHours(71));
        var early = await host.ConfirmAsync(host.App, ct);
        host.Emulator.Time.Advance(TimeSpan.FromHours(2));
        var late = await host.ConfirmAsync(host.App, ct);
        var again = await host.ConfirmAsync(host.App, ct);

        Assert.Equal((0, 1, 0), (early, late, again));
        var posted = Assert.Single(host.App.Adapter.Sent.Skip(sentBefore));
        Assert.Equal($"No change yet after 72 h in Secure Score for {ActionTitle}", SharingTurns.Title(posted));
        Assert.Equal("https://security.microsoft.com/securescore?viewid=actions&actionId=AdminMFAV2", (string?)SharingTurns.Card(posted).SelectToken("$.actions[0].url"));
    }

    [Fact]
    public async Task Confirm_ReopenedBeforeCheck_NothingPosted()
    {
        await host.StartAsync(1, ct);
        var ticket = await host.TrackNewChangeAsync(ct);
        _ = await host.TrackNewChangeAsync(ct); // an open ticket keeps the tenant in the poller's list (docs/tracking.md)
        await host.ChangeStateAsync(ticket, "3", ct);
        await host.ChangeStateAsync(ticket, "-1", ct);
        var sentBefore = host.App.Adapter.Sent.Count;

        host.Emulator.Time.Advance(TimeSpan.FromHours(80));
        var posted = await host.ConfirmAsync(host.App, ct);

        Assert.Equal(0, posted);
        Assert.Empty(host.App.Adapter.Sent.Skip(sentBefore));
    }

    [Fact]
    public async Task Confirm_TwoInstancesOnOneAzurite_PostedOnce()
    {
        await host.DisposeAsync();
        host = new SecureScoreLoopHost(azurite.NewTables());
        await host.StartAsync(2, ct);
        var ticket = await host.TrackNewChangeAsync(ct);
        await host.ChangeStateAsync(ticket, "3", ct);
        var before = host.Instances.Sum(a => a.Adapter.Sent.Count);

        host.Emulator.Time.Advance(TimeSpan.FromHours(73));
        var posted = await Task.WhenAll(host.Instances.Select(a => host.ConfirmAsync(a, ct)));

        Assert.Equal(1, posted.Sum());
        var notices = host.Instances.SelectMany(a => a.Adapter.Sent).Skip(before).ToList();
        Assert.Equal(1, host.Instances.Sum(a => a.Adapter.Sent.Count) - before);
        Assert.All(notices, n => Assert.StartsWith("No change yet", SharingTurns.Title(n), StringComparison.Ordinal));
    }
}
