using SnowChatOps.Bot.Tracking.Subscriptions;
using SnowChatOps.Bot.Tracking.Subscriptions.Health;
using SnowChatOps.IntegrationTests.Storage;
using SnowChatOps.TestSupport.Fakes;

namespace SnowChatOps.IntegrationTests.Tracking;

public sealed class TableSubscriptionStoreTests(AzuriteFixture azurite) : SubscriptionStoreContract
{
    private readonly SnowChatOps.Bot.Storage.StorageTables tables = azurite.NewTables();

    internal override ISubscriptionStore CreateStore() => new TableSubscriptionStore(tables);
}

public sealed class InMemorySubscriptionStoreTests : SubscriptionStoreContract
{
    internal override ISubscriptionStore CreateStore() => new InMemorySubscriptionStore();
}

public sealed class TableNotificationHealthStoreTests(AzuriteFixture azurite) : NotificationHealthStoreContract
{
    private readonly SnowChatOps.Bot.Storage.StorageTables tables = azurite.NewTables();

    internal override INotificationHealthStore CreateStore() => new TableNotificationHealthStore(tables);
}

public sealed class InMemoryNotificationHealthStoreTests : NotificationHealthStoreContract
{
    internal override INotificationHealthStore CreateStore() => new InMemoryNotificationHealthStore();
}
