using SnowChatOps.Bot.Connection;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.TestSupport.Harness;
using SnowChatOps.TestSupport.Fakes;

namespace SnowChatOps.IntegrationTests.Storage;

public abstract class ConnectionStoreContract
{
    internal abstract IConnectionStore CreateStore();

    internal static ServiceNowConnection A(string tenant = "tenant-1") => new()
    {
        TenantId = tenant,
        InstanceUrl = "https://contoso.service-now.com",
        ClientId = "client-1",
        ClientSecret = "client-secret-value",
        Tokens = new ServiceNowTokens("access-token-value", "refresh-token-value", new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero)),
        ConnectedByName = "Megan Bowen",
        ConnectedByAadObjectId = "aad-1",
        ConnectedAt = new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero),
        StateNames = new Dictionary<string, string> { ["incident:2"] = "Doing" },
    };

    [Fact]
    public async Task Add_ThenGet_RoundTripsEverything()
    {
        var store = CreateStore();

        Assert.True(await store.TryAddAsync(A(), TestContext.Current.CancellationToken));
        var read = await store.GetAsync("tenant-1", TestContext.Current.CancellationToken);

        Assert.NotNull(read);
        Assert.Equal("client-secret-value", read.ClientSecret);
        Assert.Equal("refresh-token-value", read.Tokens.RefreshToken);
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero), read.Tokens.AccessExpiresAt);
        Assert.Equal("Doing", read.StateNames["incident:2"]);
        Assert.NotNull(read.ETag);
    }

    [Fact]
    public async Task Add_WhenOneExists_Fails()
    {
        var store = CreateStore();
        await store.TryAddAsync(A(), TestContext.Current.CancellationToken);

        Assert.False(await store.TryAddAsync(A() with { InstanceUrl = "https://other.service-now.com" }, TestContext.Current.CancellationToken));
        Assert.Equal("https://contoso.service-now.com", (await store.GetAsync("tenant-1", TestContext.Current.CancellationToken))!.InstanceUrl);
    }

    [Fact]
    public async Task Replace_WithStaleETag_FailsAndKeepsNewer()
    {
        var store = CreateStore();
        await store.TryAddAsync(A(), TestContext.Current.CancellationToken);
        var read = (await store.GetAsync("tenant-1", TestContext.Current.CancellationToken))!;
        Assert.True(await store.TryReplaceAsync(read with { Version = "Zurich" }, TestContext.Current.CancellationToken));

        var stale = await store.TryReplaceAsync(read with { Version = "Yokohama" }, TestContext.Current.CancellationToken);

        Assert.False(stale);
        Assert.Equal("Zurich", (await store.GetAsync("tenant-1", TestContext.Current.CancellationToken))!.Version);
    }

    [Fact]
    public async Task UpdateAsync_ConcurrentWriters_NoUpdateIsLost()
    {
        var store = CreateStore();
        await store.TryAddAsync(A() with { StateNames = new Dictionary<string, string>() }, TestContext.Current.CancellationToken);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(i => store.UpdateAsync(
            "tenant-1", c => c with { StateNames = new Dictionary<string, string>(c.StateNames) { [$"incident:{i}"] = $"n{i}" } }, TestContext.Current.CancellationToken)));

        Assert.Equal(4, (await store.GetAsync("tenant-1", TestContext.Current.CancellationToken))!.StateNames.Count);
    }

    [Fact]
    public async Task FindTenantByInstance_FindsOnlyTheConnectedTenant()
    {
        var store = CreateStore();
        await store.TryAddAsync(A("tenant-1"), TestContext.Current.CancellationToken);
        await store.TryAddAsync(A("tenant-2") with { InstanceUrl = "https://other.service-now.com" }, TestContext.Current.CancellationToken);

        Assert.Equal("tenant-2", await store.FindTenantByInstanceAsync("https://other.service-now.com", TestContext.Current.CancellationToken));
        Assert.Null(await store.FindTenantByInstanceAsync("https://nobody.service-now.com", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Delete_ThenGet_IsGone()
    {
        var store = CreateStore();
        await store.TryAddAsync(A(), TestContext.Current.CancellationToken);

        await store.DeleteAsync("tenant-1", TestContext.Current.CancellationToken);

        Assert.Null(await store.GetAsync("tenant-1", TestContext.Current.CancellationToken));
    }
}

public sealed class TableConnectionStoreTests(AzuriteFixture azurite) : ConnectionStoreContract
{
    internal override IConnectionStore CreateStore() => new TableConnectionStore(azurite.NewTables(), AzuriteFixture.NewProtector());

    [Fact]
    public async Task Stored_SecretsAndTokens_AreNotInClear()
    {
        var tables = azurite.NewTables();
        await new TableConnectionStore(tables, AzuriteFixture.NewProtector()).TryAddAsync(A(), TestContext.Current.CancellationToken);

        var raw = await RawRows.ReadAllAsync(tables, TableConnectionStore.TableName);

        Assert.DoesNotContain("client-secret-value", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("access-token-value", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("refresh-token-value", raw, StringComparison.Ordinal);
        Assert.Contains("https://contoso.service-now.com", raw, StringComparison.Ordinal);
    }
}

public sealed class InMemoryConnectionStoreTests : ConnectionStoreContract
{
    internal override IConnectionStore CreateStore() => new InMemoryConnectionStore();
}
