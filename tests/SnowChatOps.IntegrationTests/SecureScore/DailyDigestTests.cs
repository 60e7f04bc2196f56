using Microsoft.Bot.Schema;
using SnowChatOps.Bot.SecureScore.Digest;
using SnowChatOps.Bot.SecureScore.Store;
using SnowChatOps.IntegrationTests.Sharing;
using SnowChatOps.IntegrationTests.Storage;
using SnowChatOps.TestSupport.Hosting;

namespace SnowChatOps.IntegrationTests.SecureScore;

/// <summary>
/// The daily digest on the real composition root (ServiceNow and Graph emulators, fake clock from 2026-03-03 08:00 UTC):
/// at 09:00 in each subscribed conversation's Teams time zone (UTC when unknown), at most once per local day.
/// </summary>
public sealed class DailyDigestTests(AzuriteFixture azurite) : IAsyncDisposable
{
    private const string Shanghai = "conv-shanghai";
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;
    private SecureScoreLoopHost host = new();

    public ValueTask DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task Digest_At0900InEachConversationsTimeZone_OncePerLocalDay()
    {
        await host.StartAsync(1, ct);
        await host.SubscribeAsync(SecureScoreLoopHost.Conversation, null, ct);
        await host.SubscribeAsync(Shanghai, null, ct);
        await host.App.SendAsync(Message(Shanghai + ";messageid=m1", "Asia/Shanghai"), ct); // Teams tells the bot the zone
        var ticket = await host.TrackDueChangeAsync(host.Time.GetUtcNow().AddHours(30), TimeSpan.Zero, ct);
        var before = Cards(host.App).Count;

        var at0800Utc = await DigestAsync(host.App); // 16:00 in Shanghai, 08:00 in the UTC channel
        host.Time.Advance(TimeSpan.FromHours(1));
        var at0900Utc = await DigestAsync(host.App);
        var again = await DigestAsync(host.App);
        host.Time.Advance(TimeSpan.FromHours(16)); // 01:00 UTC: 09:00 the next day in Shanghai
        var nextDay = await DigestAsync(host.App);

        Assert.Equal((1, 1, 0, 1), (at0800Utc, at0900Utc, again, nextDay));
        var digests = Cards(host.App).Skip(before).ToList();
        Assert.Equal([Shanghai, SecureScoreLoopHost.Conversation, Shanghai], digests.Select(d => d.Conversation.Id));
        var card = SharingTurns.Card(digests[1]);
        Assert.Equal("Daily Secure Score digest, Tuesday, March 3, 2026", (string?)card.SelectToken("$.body[0].text"));
        Assert.StartsWith("Open tickets: 1 (", (string?)card.SelectToken("$.body[1].text"), StringComparison.Ordinal);
        Assert.Contains(card.SelectTokens("$.body[*].text"), t => (string?)t == $"Due within 2 days: 1 ({ticket.Number})");
        var shares = card.SelectTokens("$..actions[?(@.data.verb == 'share')].data.arg").Select(a => (string?)a).ToList();
        Assert.Equal(3, shares.Count);
        Assert.DoesNotContain(SecureScoreLoopHost.Action, shares); // it has a ticket
    }

    [Fact]
    public async Task Digest_QuietHoursOverNine_DeferredUntilTheyEnd()
    {
        await host.StartAsync(1, ct);
        await host.SubscribeAsync(SecureScoreLoopHost.Conversation, null, ct);
        await host.Store(host.App).SaveSettingsAsync(new SecureScoreSettings(SecureScoreLoopHost.Tenant) { Quiet = new(new(8, 30), new(10, 0)) }, ct);
        await host.TrackDueChangeAsync(host.Time.GetUtcNow().AddDays(5), TimeSpan.Zero, ct);

        host.Time.Advance(TimeSpan.FromHours(1));
        var quiet = await DigestAsync(host.App);
        host.Time.Advance(TimeSpan.FromHours(1));
        var after = await DigestAsync(host.App);

        Assert.Equal((0, 1), (quiet, after));
    }

    [Fact]
    public async Task Digest_NothingToSay_NothingPosted()
    {
        await host.StartAsync(1, ct);
        await host.SubscribeAsync(SecureScoreLoopHost.Conversation, null, ct);
        var ticket = await host.TrackDueChangeAsync(host.Time.GetUtcNow().AddDays(5), TimeSpan.Zero, ct);
        await host.ChangeStateAsync(ticket, "3", ct); // the only ticket is closed; the score has not moved
        var before = Cards(host.App).Count;

        host.Time.Advance(TimeSpan.FromHours(1));
        var posted = await DigestAsync(host.App);

        Assert.Equal(0, posted);
        Assert.Equal(before, Cards(host.App).Count);
    }

    [Fact]
    public async Task Digest_TwoHostsOnOneAzurite_OnePerConversationPerDay()
    {
        await host.DisposeAsync();
        host = new SecureScoreLoopHost(azurite.NewTables());
        await host.StartAsync(2, ct);
        await host.SubscribeAsync(SecureScoreLoopHost.Conversation, null, ct);
        await host.TrackDueChangeAsync(host.Time.GetUtcNow().AddDays(5), TimeSpan.Zero, ct);
        host.Time.Advance(TimeSpan.FromHours(1));

        var today = await Task.WhenAll(host.Instances.Select(DigestAsync));
        var again = await Task.WhenAll(host.Instances.Select(DigestAsync));
        host.Time.Advance(TimeSpan.FromDays(1));
        var tomorrow = await Task.WhenAll(host.Instances.Select(DigestAsync));

        Assert.Equal((1, 0, 1), (today.Sum(), again.Sum(), tomorrow.Sum()));
    }

    private Task<int> DigestAsync(BotApplication app) => app.Get<DigestPoster>().RunOnceAsync(ct);

    private static List<Activity> Cards(BotApplication app) => [.. app.Adapter.Sent.Where(a => a.Attachments?.Count > 0)];

    private static Activity Message(string conversationId, string timeZone) => new()
    {
        Type = ActivityTypes.Message, Text = "help", ChannelId = "msteams", Id = Guid.NewGuid().ToString("N"), ServiceUrl = "https://smba.test/",
        Locale = "en-US", LocalTimezone = timeZone, From = new ChannelAccount("29:aad-user-2", "Alex Wilber") { AadObjectId = "aad-user-2" },
        Recipient = new ChannelAccount("28:bot", "SnowChatOps"),
        Conversation = new ConversationAccount { Id = conversationId, TenantId = SecureScoreLoopHost.Tenant, ConversationType = "channel", IsGroup = true },
    };
}
