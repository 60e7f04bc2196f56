using Microsoft.Bot.Schema;
using SnowChatOps.Bot.Proactive;
using SnowChatOps.TestSupport.Harness;
using SnowChatOps.TestSupport.Fakes;

namespace SnowChatOps.IntegrationTests.Storage;

public abstract class ConversationStoreContract
{
    internal abstract IConversationStore CreateStore();

    internal static ConversationRecord A(string id, string type = "personal", string? user = "aad-1") => new(
        "tenant-1", id, type, user,
        new ConversationReference { Conversation = new ConversationAccount(id: id), ServiceUrl = "https://smba.example/", Bot = new ChannelAccount("bot") },
        true, new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Save_ThenGet_RoundTripsReference()
    {
        var store = CreateStore();

        await store.SaveAsync(A("a:1/b?c"), TestContext.Current.CancellationToken);
        var read = await store.GetAsync("tenant-1", "a:1/b?c", TestContext.Current.CancellationToken);

        Assert.NotNull(read);
        Assert.Equal("https://smba.example/", read.Reference.ServiceUrl);
        Assert.True(read.Active);
    }

    [Fact]
    public async Task FindPersonal_FindsTheUsersPersonalChatOnly()
    {
        var store = CreateStore();
        await store.SaveAsync(A("channel-1", type: "channel", user: null), TestContext.Current.CancellationToken);
        await store.SaveAsync(A("personal-1"), TestContext.Current.CancellationToken);

        var found = await store.FindPersonalAsync("tenant-1", "aad-1", TestContext.Current.CancellationToken);

        Assert.Equal("personal-1", found?.ConversationId);
    }

    [Fact]
    public async Task MarkInactive_KeepsRecordButInactive()
    {
        var store = CreateStore();
        await store.SaveAsync(A("conv-9"), TestContext.Current.CancellationToken);

        await store.MarkInactiveAsync("tenant-1", "conv-9", TestContext.Current.CancellationToken);
        await store.MarkInactiveAsync("tenant-1", "never-saved", TestContext.Current.CancellationToken);

        Assert.False((await store.GetAsync("tenant-1", "conv-9", TestContext.Current.CancellationToken))!.Active);
    }
}

public sealed class TableConversationStoreTests(AzuriteFixture azurite) : ConversationStoreContract
{
    internal override IConversationStore CreateStore() => new TableConversationStore(azurite.NewTables());
}

public sealed class InMemoryConversationStoreTests : ConversationStoreContract
{
    internal override IConversationStore CreateStore() => new InMemoryConversationStore();
}
