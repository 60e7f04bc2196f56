using Microsoft.Bot.Schema;
using SnowChatOps.Bot.Connection.Confirmation;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.TestSupport.Harness;

namespace SnowChatOps.IntegrationTests.Storage;

public abstract class PendingConfirmationStoreContract
{
    internal abstract IPendingConfirmationStore CreateStore();

    internal static PendingConfirmation A(string id, string tenant = "tenant-1") => new()
    {
        Id = id,
        TenantId = tenant,
        AdminAadObjectId = "aad-1",
        AdminName = "Megan Bowen",
        Locale = "zh-CN",
        Conversation = new ConversationReference { Conversation = new ConversationAccount(id: "personal-1"), ServiceUrl = "https://smba.example/" },
        InstanceUrl = "https://contoso.service-now.com",
        ClientId = "client-1",
        ClientSecret = "held-client-secret",
        Tokens = new ServiceNowTokens("held-access-token", "held-refresh-token", new DateTimeOffset(2026, 11, 26, 8, 30, 0, TimeSpan.Zero)),
        SignedInAsUserName = "abel.tuter",
        SignedInAsName = "Abel Tuter",
        SignedInAsIntegrationUser = false,
        ExpiresAt = new DateTimeOffset(2026, 11, 26, 8, 10, 0, TimeSpan.Zero),
    };

    [Fact]
    public async Task Get_ThenConsumeTwice_GetLeavesItAndSecondConsumeGetsNothing()
    {
        var store = CreateStore();
        await store.SaveAsync(A("held-1"), TestContext.Current.CancellationToken);

        var peeked = await store.GetAsync("held-1", TestContext.Current.CancellationToken);
        var first = await store.TryConsumeAsync("held-1", TestContext.Current.CancellationToken);
        var second = await store.TryConsumeAsync("held-1", TestContext.Current.CancellationToken);

        Assert.Equal("held-refresh-token", peeked?.Tokens.RefreshToken);
        Assert.NotNull(first);
        Assert.Equal(A("held-1").Tokens, first.Tokens);
        Assert.Equal("held-client-secret", first.ClientSecret);
        Assert.Equal("abel.tuter", first.SignedInAsUserName);
        Assert.False(first.SignedInAsIntegrationUser);
        Assert.Equal("personal-1", first.Conversation.Conversation.Id);
        Assert.Null(second);
        Assert.Null(await store.GetAsync("held-1", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Consume_Concurrently_ExactlyOneWins()
    {
        var store = CreateStore();
        await store.SaveAsync(A("held-2"), TestContext.Current.CancellationToken);

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => store.TryConsumeAsync("held-2", TestContext.Current.CancellationToken)));

        Assert.Single(results, r => r is not null);
    }

    [Fact]
    public async Task ConsumeForTenant_ReturnsAndRemovesOnlyThatTenant()
    {
        var store = CreateStore();
        await store.SaveAsync(A("mine"), TestContext.Current.CancellationToken);
        await store.SaveAsync(A("theirs", tenant: "tenant-2"), TestContext.Current.CancellationToken);

        var consumed = await store.ConsumeForTenantAsync("tenant-1", TestContext.Current.CancellationToken);

        Assert.Equal("held-access-token", Assert.Single(consumed).Tokens.AccessToken);
        Assert.Null(await store.GetAsync("mine", TestContext.Current.CancellationToken));
        Assert.NotNull(await store.GetAsync("theirs", TestContext.Current.CancellationToken));
    }
}

public sealed class TablePendingConfirmationStoreTests(AzuriteFixture azurite) : PendingConfirmationStoreContract
{
    internal override IPendingConfirmationStore CreateStore() => new TablePendingConfirmationStore(azurite.NewTables(), AzuriteFixture.NewProtector());

    [Fact]
    public async Task Stored_IdSecretAndTokens_AreNotInClear()
    {
        var tables = azurite.NewTables();
        await new TablePendingConfirmationStore(tables, AzuriteFixture.NewProtector()).SaveAsync(A("raw-confirmation-id"), TestContext.Current.CancellationToken);

        var raw = await RawRows.ReadAllAsync(tables, TablePendingConfirmationStore.TableName);

        Assert.DoesNotContain("raw-confirmation-id", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("held-client-secret", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("held-access-token", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("held-refresh-token", raw, StringComparison.Ordinal);
    }
}

public sealed class InMemoryPendingConfirmationStoreTests : PendingConfirmationStoreContract
{
    internal override IPendingConfirmationStore CreateStore() => new InMemoryPendingConfirmationStore();
}
