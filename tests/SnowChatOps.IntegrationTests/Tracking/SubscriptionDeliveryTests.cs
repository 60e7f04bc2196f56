using System.Net;
using System.Text;
using SnowChatOps.Bot.Tracking.Subscriptions;
using SnowChatOps.Bot.Tracking.Subscriptions.Health;
using SnowChatOps.IntegrationTests.Emulator;
using SnowChatOps.IntegrationTests.Sharing;

namespace SnowChatOps.IntegrationTests.Tracking;

/// <summary>
/// Issue 9's "subscribe a channel with priority ≤ 2, change two tickets, exactly one notification" on the real
/// composition root and the in-process emulator, seen by the poll and by the webhook (the Playground end-to-end
/// version is EndToEnd/Tracking/ChannelSubscriptionTests).
/// </summary>
public sealed class SubscriptionDeliveryTests : IAsyncDisposable
{
    private const string Channel = "19:ops@thread.tacv2";
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;
    private readonly TrackingEmulatorHost host = new();

    public ValueTask DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task Poll_ChannelSubscribedForPriorityTwoOrHigher_OnlyTheMatchingTicketIsPostedAndHealthShowsIt()
    {
        await host.StartAsync(ct);
        await host.AddChannelAsync(Channel, ct);
        var subscription = await host.Get<Subscriptions>().SubscribeAsync(
            TrackingEmulatorHost.Tenant, Channel + ";messageid=1700000000001", "channel", "Ops", "en-US", new SubscriptionFilter(null, 2, [], null), ct);
        var critical = await host.TrackNewChangeAsync(ct, priority: 1);
        var moderate = await host.TrackNewChangeAsync(ct, priority: 3);

        await host.ChangeStateAsync(moderate.SysId, "-3", ct);
        await host.ChangeStateAsync(critical.SysId, "-3", ct);
        host.Emulator.Time.Advance(TimeSpan.FromMinutes(5));
        var changes = await host.Poller.PollOnceAsync(ct);

        Assert.Equal(2, changes);
        var posted = Assert.Single(host.Adapter.Sent);
        Assert.Equal((Channel, $"{critical.Number}: New → Authorize"), (posted.Conversation.Id, SharingTurns.Title(posted)));
        var health = await host.Get<INotificationHealthStore>().GetAsync(TrackingEmulatorHost.Tenant, ct);
        Assert.Equal(critical.Number, health.For(subscription.Id).DeliveredTicket);
        Assert.NotNull(health.Tenant.PollAt);
    }

    // The webhook's body has no priority. Before the outbox writer read the record, the P1 change seen by the webhook
    // routed to nobody (an unknown priority never passes the filter), and the poll's later look added nothing.
    [Fact]
    public async Task Webhook_ChannelSubscribedForPriorityTwoOrHigher_OnlyTheMatchingTicketIsPosted()
    {
        await host.StartAsync(ct);
        await host.Settings.EnsureWebhookSecretAsync(TrackingEmulatorHost.Tenant, TrackingEmulatorHost.InstanceUrl, EmulatorFactory.WebhookSecret, ct);
        await host.AddChannelAsync(Channel, ct);
        await host.Get<Subscriptions>().SubscribeAsync(
            TrackingEmulatorHost.Tenant, Channel + ";messageid=1700000000001", "channel", "Ops", "en-US", new SubscriptionFilter(null, 2, [], null), ct);
        var critical = await host.TrackNewChangeAsync(ct, priority: 1);
        var moderate = await host.TrackNewChangeAsync(ct, priority: 3);

        await host.ChangeStateAsync(moderate.SysId, "-3", ct);
        using var first = await ForwardAsync(await host.Emulator.Webhooks.NextAsync(ct));
        await host.ChangeStateAsync(critical.SysId, "-3", ct);
        using var second = await ForwardAsync(await host.Emulator.Webhooks.NextAsync(ct));
        host.Emulator.Time.Advance(TimeSpan.FromMinutes(5));
        var polled = await host.Poller.PollOnceAsync(ct);

        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.Accepted, 0), (first.StatusCode, second.StatusCode, polled));
        var posted = Assert.Single(host.Adapter.Sent);
        Assert.Equal((Channel, $"{critical.Number}: New → Authorize (by abel.tuter)"), (posted.Conversation.Id, SharingTurns.Title(posted)));
    }

    private Task<HttpResponseMessage> ForwardAsync(RecordedWebhook hook)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/servicenow/events") { Content = new StringContent(hook.Body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-SnowChatOps-Timestamp", hook.Headers["X-SnowChatOps-Timestamp"]);
        request.Headers.Add("X-SnowChatOps-Signature", hook.Headers["X-SnowChatOps-Signature"]);
        return host.Bot.SendAsync(request, ct);
    }
}
