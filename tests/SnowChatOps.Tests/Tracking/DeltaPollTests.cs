using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.TestSupport.Harness;

namespace SnowChatOps.Tests.Tracking;

/// <summary>The delta poll on a fake clock: watermark, overlap, paging, de-duplication and its request count.</summary>
public sealed class DeltaPollTests
{
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task PollOnce_ManyTrackedNothingChanged_OneRequestPerTableAndNoSingleReads()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var scenario = await TrackingScenario.StartAsync(harness);
        for (var i = 0; i < 50; i++)
        {
            await scenario.TrackAsync($"CHG{30000 + i:D7}", "-4");
            await scenario.TrackAsync($"INC{10000 + i:D7}", "2", TicketTable.Incident);
        }

        await scenario.Poller.PollOnceAsync(ct);
        scenario.ServiceNow.ListRequests.Clear();
        harness.Time.Advance(TimeSpan.FromMinutes(5));
        var changes = await scenario.Poller.PollOnceAsync(ct);

        Assert.Equal(0, changes);
        Assert.Equal(1, scenario.ServiceNow.ListRequests["incident"]);
        Assert.Equal(1, scenario.ServiceNow.ListRequests["change_request"]);
        Assert.Equal(0, scenario.ServiceNow.Reads);
    }

    [Fact]
    public async Task PollOnce_ChangesAcrossPages_EveryChangeNotifiedOnce()
    {
        await using var harness = await BotHarness.ConnectedAsync(settings: new Dictionary<string, string?> { ["ServiceNow:PageSize"] = "2" });
        var scenario = await TrackingScenario.StartAsync(harness);
        var tickets = new List<SnowChatOps.Bot.Tickets.TrackedTicket>();
        for (var i = 0; i < 5; i++)
        {
            tickets.Add(await scenario.TrackAsync($"INC{10000 + i:D7}", "1", TicketTable.Incident));
        }

        harness.Time.Advance(TimeSpan.FromMinutes(1));
        tickets.ForEach(t => scenario.ChangeInServiceNow(t, "2"));

        var changes = await scenario.Poller.PollOnceAsync(ct);

        Assert.Equal(5, changes);
        Assert.Equal(5, scenario.Sent.Count);
        Assert.True(scenario.ServiceNow.ListRequests["incident"] >= 3);
    }

    [Fact]
    public async Task PollOnce_Changed_WatermarkIsNewestUpdateAndItsVersionIsSeen()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var scenario = await TrackingScenario.StartAsync(harness);
        var ticket = await scenario.TrackAsync("INC0010001", "1", TicketTable.Incident);
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        scenario.ChangeInServiceNow(ticket, "2");
        var changedAt = harness.Time.GetUtcNow();

        await scenario.Poller.PollOnceAsync(ct);
        var mark = await scenario.Watermarks.GetAsync(BotHarness.TenantId, TicketTable.Incident, ct);

        Assert.Equal(ServiceNowDateTime.ToServiceNow(changedAt), ServiceNowDateTime.ToServiceNow(mark!.Since));
        Assert.Equal(("sys-INC0010001", 1), (Assert.Single(mark.Seen).SysId, mark.Seen[0].ModCount));
    }

    [Fact]
    public async Task PollOnce_LateCommitInsideOverlap_IsStillNotified()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var scenario = await TrackingScenario.StartAsync(harness);
        var early = await scenario.TrackAsync("INC0010001", "1", TicketTable.Incident);
        var late = await scenario.TrackAsync("INC0010002", "1", TicketTable.Incident);
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        scenario.ChangeInServiceNow(late, "2"); // its transaction committed later than the next one, with this older stamp
        var lateStamp = scenario.ServiceNow.Find(late.SysId)!;
        scenario.ServiceNow.Put(BotHarness.TenantId, lateStamp with { State = "1", ModCount = 0 }); // not visible yet
        harness.Time.Advance(TimeSpan.FromSeconds(30));
        scenario.ChangeInServiceNow(early, "2");

        var first = await scenario.Poller.PollOnceAsync(ct);
        scenario.ServiceNow.Put(BotHarness.TenantId, lateStamp); // now committed, 30 s behind the watermark
        harness.Time.Advance(TimeSpan.FromMinutes(5));
        var second = await scenario.Poller.PollOnceAsync(ct);

        Assert.Equal((1, 1), (first, second));
        Assert.Equal(2, scenario.Sent.Count);
    }

    [Fact]
    public async Task PollOnce_SameVersionInOverlapTwice_NotLookedUpAgain()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var scenario = await TrackingScenario.StartAsync(harness);
        var ticket = await scenario.TrackAsync("INC0010001", "1", TicketTable.Incident);
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        scenario.ChangeInServiceNow(ticket, "2");

        await scenario.Poller.PollOnceAsync(ct);
        var afterFirst = scenario.Tracked.Reads;
        await scenario.Poller.PollOnceAsync(ct);

        Assert.Equal(afterFirst, scenario.Tracked.Reads);
        Assert.Single(scenario.Sent);
    }

    [Fact]
    public async Task PollOnce_ChangedTicketNotTracked_IsIgnored()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var scenario = await TrackingScenario.StartAsync(harness);
        var ticket = await scenario.TrackAsync("INC0010001", "1", TicketTable.Incident);
        scenario.ServiceNow.Put(BotHarness.TenantId, scenario.ServiceNow.Find(ticket.SysId)! with { SysId = "sys-untracked", Number = "INC0019999", State = "2", ModCount = 3 });

        var changes = await scenario.Poller.PollOnceAsync(ct);

        Assert.Equal(0, changes);
        Assert.Empty(scenario.Sent);
    }
}
