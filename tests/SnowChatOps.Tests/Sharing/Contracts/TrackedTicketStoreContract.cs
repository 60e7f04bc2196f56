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
        var ticket = A("sys-1") with { SharedBy = "Megan Bowen", Title = "Require MFA", Locale = "zh-CN", UtcOffset = TimeSpan.FromHours(8) };

        await store.SaveAsync(ticket, ct);

        Assert.Equal(ticket, await store.GetAsync("tenant-1", TicketTable.Incident, "sys-1", ct));
    }

    private static TrackedTicket A(string sysId) => new(
        "tenant-1", TicketTable.Incident, sysId, "INC0010001", "AdminMFAV2", "a:1#conv", "card-1", "1",
        new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
}
