using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Tracking.Polling;

namespace SnowChatOps.IntegrationTests.Tracking;

/// <summary>What every <see cref="IPollWatermarkStore"/> must do; run against the Table store on Azurite and the in-memory twin.</summary>
public abstract class PollWatermarkStoreContract
{
    private static readonly DateTimeOffset At = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;

    internal abstract IPollWatermarkStore CreateStore();

    [Fact]
    public async Task Get_Unknown_Null()
    {
        Assert.Null(await CreateStore().GetAsync("tenant-x", TicketTable.Incident, ct));
    }

    [Fact]
    public async Task TrySave_New_RoundTripsPerTableWithSeenVersions()
    {
        var store = CreateStore();
        var seen = new[] { new SeenVersion("abc", 3, At), new SeenVersion("def", 0, At.AddSeconds(-5)) };

        Assert.True(await store.TrySaveAsync("tenant/1", new PollWatermark(TicketTable.Incident, At, seen), ct));
        var read = await store.GetAsync("tenant/1", TicketTable.Incident, ct);

        Assert.Equal(At, read!.Since);
        Assert.Equal(seen.OrderBy(v => v.SysId), read.Seen.OrderBy(v => v.SysId));
        Assert.NotNull(read.ETag);
        Assert.Null(await store.GetAsync("tenant/1", TicketTable.ChangeRequest, ct));
    }

    [Fact]
    public async Task TrySave_StaleETag_RefusedAndKeepsTheWinner()
    {
        var store = CreateStore();
        await store.TrySaveAsync("tenant-1", new PollWatermark(TicketTable.ChangeRequest, At, []), ct);
        var read = (await store.GetAsync("tenant-1", TicketTable.ChangeRequest, ct))!;

        var winner = await store.TrySaveAsync("tenant-1", read with { Since = At.AddMinutes(1) }, ct);
        var loser = await store.TrySaveAsync("tenant-1", read with { Since = At.AddMinutes(2) }, ct);
        var secondInsert = await store.TrySaveAsync("tenant-1", new PollWatermark(TicketTable.ChangeRequest, At, []), ct);

        Assert.Equal((true, false, false), (winner, loser, secondInsert));
        Assert.Equal(At.AddMinutes(1), (await store.GetAsync("tenant-1", TicketTable.ChangeRequest, ct))!.Since);
    }
}
