using SnowChatOps.Bot.Tracking.Polling;
using SnowChatOps.Bot.Tracking.Store;
using SnowChatOps.IntegrationTests.Storage;
using SnowChatOps.TestSupport.Fakes;

namespace SnowChatOps.IntegrationTests.Tracking;

public sealed class TablePollLeaseStoreTests(AzuriteFixture azurite) : PollLeaseStoreContract
{
    private readonly SnowChatOps.Bot.Storage.StorageTables tables = azurite.NewTables();

    internal override IPollLeaseStore CreateStore() => new TablePollLeaseStore(tables);
}

public sealed class InMemoryPollLeaseStoreTests : PollLeaseStoreContract
{
    internal override IPollLeaseStore CreateStore() => new InMemoryPollLeaseStore();
}
