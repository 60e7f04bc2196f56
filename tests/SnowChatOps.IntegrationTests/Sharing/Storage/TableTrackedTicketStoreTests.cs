using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Storage;
using SnowChatOps.Bot.Tickets.Store;
using SnowChatOps.Tests.Sharing.Contracts;

namespace SnowChatOps.IntegrationTests.Sharing.Storage;

public sealed class TableTrackedTicketStoreTests(AzuriteTables azurite) : TrackedTicketStoreContract, IClassFixture<AzuriteTables>
{
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;

    internal override Task<ITrackedTicketStore> CreateStoreAsync() => Task.FromResult<ITrackedTicketStore>(Create(azurite.NewTables()));

    [Fact]
    public async Task ListTenants_StoreWrittenBeforeTheHotSet_MovesEndedTicketsOutOnceAndIndexesOpenTenants()
    {
        var tables = azurite.NewTables();
        var legacy = await tables.GetAsync(TableTrackedTicketStore.TableName, ct);
        await legacy.UpsertEntityAsync(Legacy("tenant-1", "sys-open", "2"), cancellationToken: ct);
        await legacy.UpsertEntityAsync(Legacy("tenant-1", "sys-closed", "7"), cancellationToken: ct);
        await legacy.UpsertEntityAsync(Legacy("tenant-2", "sys-canceled", "8"), cancellationToken: ct);
        var store = Create(tables);

        Assert.Equal(["tenant-1"], await store.ListTenantsAsync(ct));

        Assert.Equal(["sys-open"], (await store.ListOpenAsync("tenant-1", ct)).Select(t => t.SysId));
        Assert.Equal(2, (await store.ListAsync("tenant-1", ct)).Count);
        Assert.Equal("8", (await store.GetAsync("tenant-2", TicketTable.Incident, "sys-canceled", ct))?.LastKnownState);
        var rowsLeft = 0;
        await foreach (var _ in legacy.QueryAsync<TableEntity>(cancellationToken: ct))
        {
            rowsLeft++;
        }

        Assert.Equal(1, rowsLeft);
    }

    private static TableTrackedTicketStore Create(StorageTables tables)
    {
        var index = new TrackedTicketTenantIndex(tables);
        return new TableTrackedTicketStore(tables, index, new TrackedTicketHotSetUpgrade(tables, index, NullLogger<TrackedTicketHotSetUpgrade>.Instance), new TrackedTicketDueIndex(tables));
    }

    // A row as the store wrote it before ended tickets had their own table.
    private static TableEntity Legacy(string tenant, string sysId, string state) => new(tenant, "incident:" + sysId)
    {
        ["TenantId"] = tenant, ["Table"] = "incident", ["SysId"] = sysId, ["Number"] = "INC0010001", ["ActionId"] = "AdminMFAV2",
        ["ConversationId"] = "a:1", ["LastKnownState"] = state, ["UpdatedAt"] = new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero),
    };
}
