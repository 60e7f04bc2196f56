using SnowChatOps.Bot.Tracking.Store;
using SnowChatOps.IntegrationTests.Storage;
using SnowChatOps.TestSupport.Harness;
using SnowChatOps.TestSupport.Fakes;

namespace SnowChatOps.IntegrationTests.Tracking;

public sealed class TableTrackingStoreTests(AzuriteFixture azurite) : TrackingStoreContract
{
    private readonly SnowChatOps.Bot.Storage.StorageTables tables = azurite.NewTables();

    internal override ITrackingStore CreateStore() => new TableTrackingStore(tables, AzuriteFixture.NewProtector());

    [Fact]
    public async Task EnsureWebhookSecret_StoresItEncrypted()
    {
        var store = CreateStore();

        await store.EnsureWebhookSecretAsync("tenant-1", "https://acme.service-now.com", "plain-webhook-secret-42", TestContext.Current.CancellationToken);

        var raw = await RawRows.ReadAllAsync(tables, TableTrackingStore.TableName);
        Assert.Contains("WebhookSecret=", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("plain-webhook-secret-42", raw, StringComparison.Ordinal);
    }
}

public sealed class InMemoryTrackingStoreTests : TrackingStoreContract
{
    internal override ITrackingStore CreateStore() => new InMemoryTrackingStore();
}
