using SnowChatOps.Bot.Tracking.Polling;
using SnowChatOps.Bot.Tracking.Store;
using SnowChatOps.IntegrationTests.Storage;
using SnowChatOps.TestSupport.Fakes;

namespace SnowChatOps.IntegrationTests.Tracking;

public sealed class TablePollWatermarkStoreTests(AzuriteFixture azurite) : PollWatermarkStoreContract
{
    private readonly SnowChatOps.Bot.Storage.StorageTables tables = azurite.NewTables();

    internal override IPollWatermarkStore CreateStore() => new TablePollWatermarkStore(tables);
}

public sealed class InMemoryPollWatermarkStoreTests : PollWatermarkStoreContract
{
    internal override IPollWatermarkStore CreateStore() => new InMemoryPollWatermarkStore();
}
