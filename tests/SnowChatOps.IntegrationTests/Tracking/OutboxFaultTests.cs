using System.Net;
using Microsoft.Bot.Schema;
using SnowChatOps.Bot.Tracking.Outbox;
using SnowChatOps.IntegrationTests.Sharing;

namespace SnowChatOps.IntegrationTests.Tracking;

/// <summary>
/// Teams faults on the real composition root (Program, the emulator as ServiceNow, the fake clock): the Bot Connector
/// answers 429 with Retry-After, 503 and 403. Nothing is lost, nothing duplicated, the 403 conversation is suspect, the
/// admin is told once, and a message in it reactivates it. On the code before the outbox, the first 429 escaped the
/// poll cycle (or, on the hosted adapter, became a "sorry" in the conversation) and the change was never retried.
/// </summary>
public sealed class OutboxFaultTests : IAsyncDisposable
{
    private const string Ops = "19:ops@thread.tacv2";
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;
    private readonly TrackingEmulatorHost host = new();

    public ValueTask DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task Poll_ConnectorAnswers429And503_EveryChangeNotifiedExactlyOnce()
    {
        await host.StartAsync(ct);
        var tickets = new[] { await host.TrackNewChangeAsync(ct), await host.TrackNewChangeAsync(ct), await host.TrackNewChangeAsync(ct) };
        host.Adapter.Fail(TrackingEmulatorHost.Conversation, HttpStatusCode.TooManyRequests, retryAfterSeconds: 3);
        host.Adapter.Fail(TrackingEmulatorHost.Conversation, HttpStatusCode.ServiceUnavailable);
        foreach (var ticket in tickets)
        {
            await host.ChangeStateAsync(ticket.SysId, "-4", ct);
        }

        var changes = await host.Poller.PollOnceAsync(ct);
        await SweepForAsync(TimeSpan.FromSeconds(10));
        var again = await host.Poller.PollOnceAsync(ct);

        Assert.Equal((3, 0), (changes, again));
        Assert.All(tickets, t => Assert.Single(host.Adapter.Sent, a => SharingTurns.Title(a) == $"{t.Number}: New → Assess"));
        Assert.Equal(3, host.Adapter.Sent.Count);
        Assert.DoesNotContain(host.Adapter.Sent, a => a.Text is not null);
        Assert.Empty(host.Outbox.Pending);
    }

    [Fact]
    public async Task Poll_ChosenConversationAnswers403_FallbackAdminToldOnceAndAMessageReactivatesIt()
    {
        await host.StartAsync(ct);
        await host.AddChannelAsync(Ops, ct);
        await host.Settings.SetNotificationConversationAsync(TrackingEmulatorHost.Tenant, Ops, "en-US", ct);
        var first = await host.TrackNewChangeAsync(ct);
        var second = await host.TrackNewChangeAsync(ct);
        host.Adapter.Fail(Ops, HttpStatusCode.Forbidden, always: true);

        await host.ChangeStateAsync(first.SysId, "-4", ct);
        await host.ChangeStateAsync(second.SysId, "-4", ct);
        await host.Poller.PollOnceAsync(ct);
        await SweepForAsync(TimeSpan.FromSeconds(5));
        var suspect = await host.Conversations.GetAsync(TrackingEmulatorHost.Tenant, Ops, ct);
        host.Adapter.Recover(Ops);
        await host.App.SendAsync(new Activity(ActivityTypes.Message)
        {
            Text = "help", ChannelId = "msteams", ServiceUrl = "https://smba.test/", Id = "m-1",
            Conversation = new ConversationAccount { Id = Ops, TenantId = TrackingEmulatorHost.Tenant, ConversationType = "channel" },
            From = new ChannelAccount("user", "Megan Bowen") { AadObjectId = "aad-user-1" }, Recipient = new ChannelAccount("bot", "SnowChatOps"),
        }, ct);
        var reactivated = await host.Conversations.GetAsync(TrackingEmulatorHost.Tenant, Ops, ct);

        Assert.Equal((false, true), (suspect!.Active, reactivated!.Active));
        var own = host.Adapter.Sent.Where(a => a.Conversation?.Id == TrackingEmulatorHost.Conversation).ToList();
        Assert.Equal(2, own.Count(a => a.Attachments?.Count > 0 && SharingTurns.Title(a).Contains("New → Assess", StringComparison.Ordinal)));
        Assert.Single(own, a => a.Text?.Contains("403", StringComparison.Ordinal) == true);
        Assert.Empty(host.Outbox.Pending);
    }

    private async Task SweepForAsync(TimeSpan total)
    {
        var sender = host.App.Get<OutboxSender>();
        for (var elapsed = TimeSpan.Zero; elapsed < total; elapsed += TimeSpan.FromMilliseconds(500))
        {
            host.Emulator.Time.Advance(TimeSpan.FromMilliseconds(500));
            await sender.SendDueAsync(ct);
        }
    }
}
