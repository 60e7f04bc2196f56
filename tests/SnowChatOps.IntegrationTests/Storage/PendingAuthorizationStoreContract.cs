using Microsoft.Bot.Schema;
using SnowChatOps.Bot.Connection;
using SnowChatOps.TestSupport.Harness;
using SnowChatOps.TestSupport.Fakes;

namespace SnowChatOps.IntegrationTests.Storage;

public abstract class PendingAuthorizationStoreContract
{
    internal abstract IPendingAuthorizationStore CreateStore();

    internal static PendingAuthorization A(string state, string tenant = "tenant-1") => new()
    {
        State = state,
        TenantId = tenant,
        UserAadObjectId = "aad-1",
        UserName = "Megan Bowen",
        Locale = "zh-CN",
        Conversation = new ConversationReference { Conversation = new ConversationAccount(id: "conv-1"), ServiceUrl = "https://smba.example/" },
        InstanceUrl = "https://contoso.service-now.com",
        ClientId = "client-1",
        ClientSecret = "pending-client-secret",
        CodeVerifier = "pending-code-verifier",
        ExpiresAt = new DateTimeOffset(2026, 11, 26, 8, 10, 0, TimeSpan.Zero),
    };

    [Fact]
    public async Task Consume_Twice_SecondGetsNothing()
    {
        var store = CreateStore();
        await store.SaveAsync(A("state-1"), TestContext.Current.CancellationToken);

        var first = await store.TryConsumeAsync("state-1", TestContext.Current.CancellationToken);
        var second = await store.TryConsumeAsync("state-1", TestContext.Current.CancellationToken);

        Assert.NotNull(first);
        Assert.Equal("pending-code-verifier", first.CodeVerifier);
        Assert.Equal("conv-1", first.Conversation.Conversation.Id);
        Assert.Equal("zh-CN", first.Locale);
        Assert.Null(second);
    }

    [Fact]
    public async Task Consume_Concurrently_ExactlyOneWins()
    {
        var store = CreateStore();
        await store.SaveAsync(A("state-2"), TestContext.Current.CancellationToken);

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => store.TryConsumeAsync("state-2", TestContext.Current.CancellationToken)));

        Assert.Single(results, r => r is not null);
    }

    [Fact]
    public async Task DeleteForTenant_RemovesOnlyThatTenant()
    {
        var store = CreateStore();
        await store.SaveAsync(A("mine"), TestContext.Current.CancellationToken);
        await store.SaveAsync(A("theirs", tenant: "tenant-2"), TestContext.Current.CancellationToken);

        await store.DeleteForTenantAsync("tenant-1", TestContext.Current.CancellationToken);

        Assert.Null(await store.TryConsumeAsync("mine", TestContext.Current.CancellationToken));
        Assert.NotNull(await store.TryConsumeAsync("theirs", TestContext.Current.CancellationToken));
    }
}

public sealed class TablePendingAuthorizationStoreTests(AzuriteFixture azurite) : PendingAuthorizationStoreContract
{
    internal override IPendingAuthorizationStore CreateStore() => new TablePendingAuthorizationStore(azurite.NewTables(), AzuriteFixture.NewProtector());

    [Fact]
    public async Task Stored_StateSecretAndVerifier_AreNotInClear()
    {
        var tables = azurite.NewTables();
        await new TablePendingAuthorizationStore(tables, AzuriteFixture.NewProtector()).SaveAsync(A("raw-state-value"), TestContext.Current.CancellationToken);

        var raw = await RawRows.ReadAllAsync(tables, TablePendingAuthorizationStore.TableName);

        Assert.DoesNotContain("raw-state-value", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("pending-client-secret", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("pending-code-verifier", raw, StringComparison.Ordinal);
    }
}

public sealed class InMemoryPendingAuthorizationStoreTests : PendingAuthorizationStoreContract
{
    internal override IPendingAuthorizationStore CreateStore() => new InMemoryPendingAuthorizationStore();
}
