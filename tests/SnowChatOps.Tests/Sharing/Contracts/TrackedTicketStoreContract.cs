using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Tickets;
using SnowChatOps.Bot.Tickets.Store;

namespace SnowChatOps.Tests.Sharing.Contracts;

/// <summary>What every <see cref="ITrackedTicketStore"/> must do; run against the in-memory twin and the Table store.</summary>
public abstract class TrackedTicketStoreContract
{
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;

    internal abstract Task<ITrackedTicketStore> CreateStoreAsync();

    [Fact]
    public async Task Save_ThenGet_ReturnsTheTicket()
    {
        var store = await CreateStoreAsync();
        var ticket = A("sys/1");

        await store.SaveAsync(ticket, ct);

        Assert.Equal(ticket, await store.GetAsync("tenant-1", TicketTable.Incident, "sys/1", ct));
        Assert.Null(await store.GetAsync("tenant-1", TicketTable.ChangeRequest, "sys/1", ct));
    }

    [Fact]
    public async Task Save_Twice_KeepsOneRowWithTheLatestState()
    {
        var store = await CreateStoreAsync();

        await store.SaveAsync(A("sys-1"), ct);
        await store.SaveAsync(A("sys-1") with { LastKnownState = "2" }, ct);

        var all = await store.ListAsync("tenant-1", ct);
        Assert.Equal("2", Assert.Single(all).LastKnownState);
    }

    [Fact]
    public async Task List_OtherTenant_IsNotIncluded()
    {
        var store = await CreateStoreAsync();
        await store.SaveAsync(A("sys-1"), ct);
        await store.SaveAsync(A("sys-2") with { TenantId = "tenant-2" }, ct);

        var all = await store.ListAsync("tenant-2", ct);

        Assert.Equal("sys-2", Assert.Single(all).SysId);
    }

    [Fact]
    public async Task ListTenants_TicketsOfTwoTenants_EachTenantOnceInOrder()
    {
        var store = await CreateStoreAsync();
        foreach (var (tenant, sysId) in new[] { ("tenant/a", "s1"), ("tenant/a", "s2"), ("tenant-b", "s3") })
        {
            await store.SaveAsync(A(sysId) with { TenantId = tenant }, ct);
        }

        var tenants = await store.ListTenantsAsync(ct);

        Assert.Equal(["tenant-b", "tenant/a"], tenants);
    }

    [Fact]
    public async Task Save_CardDetails_ReadBackAsSaved()
    {
        var store = await CreateStoreAsync();
        var ticket = A("sys-1") with { SharedBy = "Megan Bowen", Title = "Require MFA", Locale = "zh-CN", UtcOffset = TimeSpan.FromHours(8), LastModCount = 7 };

        await store.SaveAsync(ticket, ct);

        Assert.Equal(ticket, await store.GetAsync("tenant-1", TicketTable.Incident, "sys-1", ct));
    }

    [Fact]
    public async Task Save_ClosedOrCanceled_LeavesTheHotSetAndStaysInTheHistory()
    {
        var store = await CreateStoreAsync();
        await store.SaveAsync(A("sys-1"), ct);
        await store.SaveAsync(A("sys-2"), ct);
        await store.SaveAsync(A("sys-3") with { Table = TicketTable.ChangeRequest, LastKnownState = "-4" }, ct);

        await store.SaveAsync(A("sys-1") with { LastKnownState = "7", UpdatedAt = Later }, ct);
        await store.SaveAsync(A("sys-3") with { Table = TicketTable.ChangeRequest, LastKnownState = "4", UpdatedAt = Later }, ct);

        Assert.Equal(["sys-2"], (await store.ListOpenAsync("tenant-1", ct)).Select(t => t.SysId));
        Assert.Equal(["sys-1", "sys-2", "sys-3"], (await store.ListAsync("tenant-1", ct)).Select(t => t.SysId).Order(StringComparer.Ordinal));
        Assert.Equal("7", (await store.GetAsync("tenant-1", TicketTable.Incident, "sys-1", ct))?.LastKnownState);
        Assert.Equal("4", (await store.GetAsync("tenant-1", TicketTable.ChangeRequest, "sys-3", ct))?.LastKnownState);
    }

    [Fact]
    public async Task Save_Resolved_StaysInTheHotSet()
    {
        var store = await CreateStoreAsync();

        await store.SaveAsync(A("sys-1") with { LastKnownState = "6" }, ct);

        Assert.Equal("6", Assert.Single(await store.ListOpenAsync("tenant-1", ct)).LastKnownState);
    }

    [Fact]
    public async Task ListTenants_LastOpenTicketEnds_TenantNoLongerListed()
    {
        var store = await CreateStoreAsync();
        await store.SaveAsync(A("sys-1"), ct);
        await store.SaveAsync(A("sys-2"), ct);
        await store.SaveAsync(A("sys-9") with { TenantId = "tenant-2" }, ct);

        await store.SaveAsync(A("sys-1") with { LastKnownState = "7" }, ct);
        Assert.Equal(["tenant-1", "tenant-2"], await store.ListTenantsAsync(ct));

        await store.SaveAsync(A("sys-2") with { LastKnownState = "8" }, ct);
        Assert.Equal(["tenant-2"], await store.ListTenantsAsync(ct));
    }

    [Fact]
    public async Task ListTenants_EndedTicketSavedOpenAgain_TenantListedAgain()
    {
        var store = await CreateStoreAsync();
        await store.SaveAsync(A("sys-1") with { LastKnownState = "7" }, ct);
        Assert.Empty(await store.ListTenantsAsync(ct));

        await store.SaveAsync(A("sys-1") with { LastKnownState = "2", UpdatedAt = Later }, ct);

        Assert.Equal(["tenant-1"], await store.ListTenantsAsync(ct));
        Assert.Equal("2", Assert.Single(await store.ListAsync("tenant-1", ct)).LastKnownState);
        Assert.Equal("2", (await store.GetAsync("tenant-1", TicketTable.Incident, "sys-1", ct))?.LastKnownState);
    }

    [Fact]
    public async Task ListDueBy_TicketsDueAcrossDays_OnlyOpenOnesDueByTheInstant()
    {
        var store = await CreateStoreAsync();
        await store.SaveAsync(A("sys-soon") with { DueAt = Later.AddHours(10) }, ct);
        await store.SaveAsync(A("sys-past") with { DueAt = Later.AddHours(-30), TenantId = "tenant-2" }, ct);
        await store.SaveAsync(A("sys-later") with { DueAt = Later.AddDays(10) }, ct);
        await store.SaveAsync(A("sys-edge") with { DueAt = Later.AddHours(24) }, ct);
        await store.SaveAsync(A("sys-after") with { DueAt = Later.AddHours(24).AddSeconds(1) }, ct);
        await store.SaveAsync(A("sys-none"), ct);
        await store.SaveAsync(A("sys-closed") with { DueAt = Later.AddHours(1) }, ct);
        await store.SaveAsync(A("sys-closed") with { DueAt = Later.AddHours(1), LastKnownState = "7", UpdatedAt = Later }, ct);

        var due = await store.ListDueByAsync(Later.AddHours(24), ct);

        Assert.Equal(["sys-edge", "sys-past", "sys-soon"], due.Select(d => d.SysId).Order(StringComparer.Ordinal));
        Assert.Equal(Later.AddHours(-30), due.Single(d => d.SysId == "sys-past").DueAt);
    }

    [Fact]
    public async Task ForgetDue_ThenList_TicketNoLongerDueButStillTracked()
    {
        var store = await CreateStoreAsync();
        await store.SaveAsync(A("sys-1") with { DueAt = Later }, ct);
        var row = Assert.Single(await store.ListDueByAsync(Later.AddHours(1), ct));

        await store.ForgetDueAsync(row, ct);

        Assert.Empty(await store.ListDueByAsync(Later.AddHours(1), ct));
        Assert.Equal(Later, (await store.GetAsync("tenant-1", TicketTable.Incident, "sys-1", ct))?.DueAt);
    }

    private static readonly DateTimeOffset Later = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);

    private static TrackedTicket A(string sysId) => new(
        "tenant-1", TicketTable.Incident, sysId, "INC0010001", "AdminMFAV2", "a:1#conv", "card-1", "1",
        new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
}
