using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json.Linq;
using SnowChatOps.Bot.Storage;

namespace SnowChatOps.IntegrationTests.Storage;

/// <summary>Bot Framework's storage contract on real Azurite.</summary>
public sealed class TableBotStorageTests(AzuriteFixture azurite)
{
    private readonly TableBotStorage storage = new(azurite.NewTables(), NullLogger<TableBotStorage>.Instance);

    [Fact]
    public async Task WriteThenRead_KeysWithSlashes_RoundTrip()
    {
        var key = "msteams/conversations/19:abc@thread.tacv2/users/29:xyz";

        await storage.WriteAsync(new Dictionary<string, object> { [key] = new { Step = "client", Count = 2 } }, TestContext.Current.CancellationToken);
        var read = await storage.ReadAsync([key, "missing/key"], TestContext.Current.CancellationToken);

        var item = Assert.IsType<JObject>(Assert.Single(read).Value);
        Assert.Equal("client", (string?)item["Step"]);
        Assert.Equal(2, (int?)item["Count"]);
    }

    [Fact]
    public async Task Write_LargerThanOneProperty_IsSplitAndJoined()
    {
        var text = new string('é', 95_000);

        await storage.WriteAsync(new Dictionary<string, object> { ["big"] = new { Text = text } }, TestContext.Current.CancellationToken);
        var read = await storage.ReadAsync(["big"], TestContext.Current.CancellationToken);

        Assert.Equal(text, (string?)((JObject)read["big"])["Text"]);
    }

    [Fact]
    public async Task Write_StoreItemWithStaleETag_FailsAndKeepsNewerValue()
    {
        await storage.WriteAsync(new Dictionary<string, object> { ["item"] = new Item { Value = "v1", ETag = "*" } }, TestContext.Current.CancellationToken);
        var first = ((JObject)(await storage.ReadAsync(["item"], TestContext.Current.CancellationToken))["item"]).ToObject<Item>()!;
        await storage.WriteAsync(new Dictionary<string, object> { ["item"] = new Item { Value = "v2", ETag = first.ETag } }, TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<StaleWriteException>(() => storage.WriteAsync(new Dictionary<string, object> { ["item"] = new Item { Value = "v3", ETag = first.ETag } }, TestContext.Current.CancellationToken));

        var current = ((JObject)(await storage.ReadAsync(["item"], TestContext.Current.CancellationToken))["item"]).ToObject<Item>()!;
        Assert.Equal("v2", current.Value);
    }

    [Fact]
    public async Task Delete_RemovesItem()
    {
        await storage.WriteAsync(new Dictionary<string, object> { ["gone"] = new { A = 1 } }, TestContext.Current.CancellationToken);

        await storage.DeleteAsync(["gone", "never-existed"], TestContext.Current.CancellationToken);

        Assert.Empty(await storage.ReadAsync(["gone"], TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ConversationState_ThroughBotState_PersistsAcrossInstances()
    {
        var adapter = new Microsoft.Bot.Builder.Adapters.TestAdapter();
        var activity = adapter.MakeActivity("hi");
        activity.ChannelId = "msteams";
        var turn = new TurnContext(adapter, activity);
        var state = new ConversationState(storage);
        await state.CreateProperty<string>("step").SetAsync(turn, "instance", TestContext.Current.CancellationToken);
        await state.SaveChangesAsync(turn, cancellationToken: TestContext.Current.CancellationToken);

        var reloaded = new ConversationState(storage);
        var value = await reloaded.CreateProperty<string>("step").GetAsync(new TurnContext(adapter, activity), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("instance", value);
    }

    public sealed class Item : IStoreItem
    {
        public string? Value { get; set; }

        public string? ETag { get; set; }
    }
}
