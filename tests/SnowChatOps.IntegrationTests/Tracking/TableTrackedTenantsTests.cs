using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Sharing.Tracked;
using SnowChatOps.Bot.Tracking.Store;
using SnowChatOps.IntegrationTests.Storage;

namespace SnowChatOps.IntegrationTests.Tracking;

public sealed class TableTrackedTenantsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task List_TicketsOfTwoTenants_EachTenantOnce()
    {
        var tables = azurite.NewTables();
        var tracked = new TableTrackedTicketStore(tables);
        foreach (var (tenant, sysId) in new[] { ("tenant/a", "s1"), ("tenant/a", "s2"), ("tenant-b", "s3") })
        {
            await tracked.SaveAsync(new TrackedTicket(tenant, TicketTable.Incident, sysId, "INC1", "a", "c", null, "1", DateTimeOffset.UnixEpoch), TestContext.Current.CancellationToken);
        }

        var tenants = await new TableTrackedTenants(tables).ListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["tenant-b", "tenant/a"], tenants);
    }
}
