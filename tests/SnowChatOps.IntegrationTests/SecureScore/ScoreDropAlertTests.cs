using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SnowChatOps.Bot.SecureScore.Alerts;
using SnowChatOps.Bot.SecureScore.Store;
using SnowChatOps.IntegrationTests.Sharing;
using SnowChatOps.IntegrationTests.Storage;
using SnowChatOps.TestSupport.Harness;

namespace SnowChatOps.IntegrationTests.SecureScore;

/// <summary>
/// The score-drop alert on the real composition root over the Graph emulator's daily snapshots (real HTTP, fake clock):
/// two controls lose 11 points between two snapshots; each subscribed conversation gets one card, once.
/// </summary>
public sealed class ScoreDropAlertTests(AzuriteFixture azurite) : IAsyncDisposable
{
    private const string Second = "conv-2";
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;
    private SecureScoreLoopHost host = new();

    public ValueTask DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task Check_DropAboveThreshold_OneCardPerSubscriptionNamingTheControls()
    {
        await StartAsync(threshold: 5);
        await host.SubscribeAsync(Second, "zh-CN", ct);
        DropElevenPoints();

        var sameDay = await CheckAsync(host.App);
        host.Time.Advance(TimeSpan.FromHours(17)); // past midnight: the new snapshot has the lower points
        var posted = await CheckAsync(host.App);

        Assert.Equal((0, 2), (sameDay, posted));
        var cards = host.App.Adapter.Sent.Where(a => a.Attachments?.Count > 0).ToList();
        Assert.Equal([SecureScoreLoopHost.Conversation, Second], cards.Select(c => c.Conversation.Id).Order());
        var english = SharingTurns.Card(cards.Single(c => c.Conversation.Id == SecureScoreLoopHost.Conversation));
        Assert.StartsWith("Secure Score dropped 11 points", (string?)english.SelectToken("$.body[0].text"), StringComparison.Ordinal);
        var lines = english.SelectTokens("$.body[?(@.type == 'Container')]").ToList();
        Assert.Equal(["Identity · 8 → 0 points", "Devices · 8 → 5 points"], lines.Select(l => (string?)l.SelectToken("items[1].text")));
        Assert.Equal(["BlockLegacyAuthentication", "TamperProtection"], lines.Select(l => (string?)l.SelectToken("items[2].actions[0].data.arg")));
        Assert.All(lines, l => Assert.Equal("share", (string?)l.SelectToken("items[2].actions[0].data.verb")));
        var chinese = SharingTurns.Card(cards.Single(c => c.Conversation.Id == Second));
        Assert.StartsWith("安全分数下降了 11 分", (string?)chinese.SelectToken("$.body[0].text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_ShareButtonPressed_OpensTheShareFormForThatControl()
    {
        await StartAsync(threshold: 5);
        DropElevenPoints();
        host.Time.Advance(TimeSpan.FromHours(17));
        await CheckAsync(host.App);
        var card = SharingTurns.Card(host.App.Adapter.Sent.Last(a => a.Attachments?.Count > 0));
        var data = (JObject)card.SelectTokens("$.body[?(@.type == 'Container')].items[2].actions[0].data").First();
        var before = host.App.Adapter.Sent.Count;

        await host.App.SendAsync(Press(data), ct);

        var form = SharingTurns.Card(Assert.Single(host.App.Adapter.Sent.Skip(before)));
        Assert.Contains(form.SelectTokens("$..actions[*].data.verb"), v => (string?)v == "share-submit");
        Assert.Contains(form.SelectTokens("$..text"), t => ((string?)t)?.Contains("legacy authentication", StringComparison.OrdinalIgnoreCase) == true);
    }

    [Fact]
    public async Task Check_DropBelowThreshold_NothingPosted()
    {
        await StartAsync(threshold: 11);
        DropElevenPoints();

        host.Time.Advance(TimeSpan.FromHours(17));
        var posted = await CheckAsync(host.App);

        Assert.Equal(0, posted);
        Assert.DoesNotContain(host.App.Adapter.Sent, a => a.Attachments?.Count > 0);
    }

    [Fact]
    public async Task Check_ThresholdOff_NothingPostedAndGraphNotAsked()
    {
        await StartAsync(threshold: null);
        DropElevenPoints();

        host.Time.Advance(TimeSpan.FromHours(17));
        var posted = await CheckAsync(host.App);

        Assert.Equal(0, posted);
        Assert.DoesNotContain(host.Graph.Requests, r => r.Path.EndsWith("/secureScores", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Check_SecondCycleAndNextDay_NothingPostedAgain()
    {
        await StartAsync(threshold: 5);
        DropElevenPoints();
        host.Time.Advance(TimeSpan.FromHours(17));
        var first = await CheckAsync(host.App);

        var again = await CheckAsync(host.App);
        host.Time.Advance(TimeSpan.FromHours(24)); // the next snapshot is as low: no new drop
        var nextDay = await CheckAsync(host.App);

        Assert.Equal((1, 0, 0), (first, again, nextDay));
    }

    [Fact]
    public async Task Check_SnapshotsThrottled_WaitsRetryAfterAndPosts()
    {
        await host.DisposeAsync();
        var time = new RetryDelaySignalingTimeProvider(TimeSpan.FromSeconds(1));
        host = new SecureScoreLoopHost(time: time);
        await StartAsync(threshold: 5);
        DropElevenPoints();
        time.Advance(TimeSpan.FromHours(17));
        host.Graph.ThrottleNextScoresRequest();

        var check = CheckAsync(host.App);
        await time.WatchedDelayScheduled.Task.WaitAsync(TimeSpan.FromSeconds(30), ct);
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(1, await check);
        Assert.Equal(2, host.Graph.Requests.Count(r => r.Path.EndsWith("/secureScores", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Check_TwoInstancesOnOneAzurite_PostedOnce()
    {
        await host.DisposeAsync();
        host = new SecureScoreLoopHost(azurite.NewTables());
        await host.StartAsync(2, ct);
        await host.SubscribeAsync(SecureScoreLoopHost.Conversation, null, ct);
        await host.Store(host.App).SaveSettingsAsync(new SecureScoreSettings(SecureScoreLoopHost.Tenant) { DropThreshold = 5 }, ct);
        DropElevenPoints();
        host.Time.Advance(TimeSpan.FromHours(17));

        var posted = await Task.WhenAll(host.Instances.Select(CheckAsync));

        Assert.Equal(1, posted.Sum());
        Assert.Equal(1, host.Instances.Sum(a => a.Adapter.Sent.Count(s => s.Attachments?.Count > 0)));
    }

    private async Task StartAsync(double? threshold)
    {
        await host.StartAsync(1, ct);
        await host.SubscribeAsync(SecureScoreLoopHost.Conversation, null, ct);
        await host.Store(host.App).SaveSettingsAsync(new SecureScoreSettings(SecureScoreLoopHost.Tenant) { DropThreshold = threshold }, ct);
    }

    // Sample points: BlockLegacyAuthentication 8 (Identity), TamperProtection 8 (Devices).
    private void DropElevenPoints()
    {
        host.Graph.SetScoreNow("BlockLegacyAuthentication", 0);
        host.Graph.SetScoreNow("TamperProtection", 5);
    }

    private Task<int> CheckAsync(TestSupport.Hosting.BotApplication app) => app.Get<ScoreDropChecker>().RunOnceAsync(ct);

    private static Activity Press(JObject data) => new()
    {
        Type = ActivityTypes.Message, Value = data.DeepClone(), ChannelId = "msteams", Id = Guid.NewGuid().ToString("N"), ServiceUrl = "https://smba.test/",
        Locale = "en-US", From = new ChannelAccount("29:aad-user-1", "Megan Bowen") { AadObjectId = "aad-user-1" }, Recipient = new ChannelAccount("28:bot", "SnowChatOps"),
        Conversation = new ConversationAccount { Id = SecureScoreLoopHost.Conversation, TenantId = SecureScoreLoopHost.Tenant, ConversationType = "channel", IsGroup = true },
    };
}
