using SnowChatOps.Bot.Tracking.Outbox;
using SnowChatOps.IntegrationTests.Storage;
using SnowChatOps.TestSupport.Fakes;

namespace SnowChatOps.IntegrationTests.Tracking;

public sealed class TableOutboxStoreTests(AzuriteFixture azurite) : OutboxStoreContract
{
    private readonly SnowChatOps.Bot.Storage.StorageTables tables = azurite.NewTables();

    internal override IOutboxStore CreateStore() => new TableOutboxStore(tables);
}

public sealed class InMemoryOutboxStoreTests : OutboxStoreContract
{
    internal override IOutboxStore CreateStore() => new InMemoryOutboxStore();
}
