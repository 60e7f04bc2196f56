using Microsoft.Bot.Schema;
using SnowChatOps.Bot.Sharing.Submission;

namespace SnowChatOps.IntegrationTests.Sharing;

/// <summary>One press of "Send" is one ticket, whatever happens between the bot and ServiceNow.</summary>
public sealed class ExactlyOnceEmulatorTests : IAsyncLifetime
{
    private readonly SharingEmulatorHost host = new();
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await host.ConnectAsync(ct);

    public ValueTask DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task DoubleClick_TwoConcurrentSubmits_CreateOneTicket()
    {
        var form = await ShowFormAsync();

        await Task.WhenAll(SendAsync(SharingTurns.Press(form, "share-submit")), SendAsync(SharingTurns.Press(form, "share-submit")));

        Assert.Single(TicketsFor(Assert.Single(host.Submissions.All).CorrelationId));
        Assert.Contains(host.Adapter.Updated, a => SharingTurns.Title(a).StartsWith("Ticket CHG", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RetriedInvoke_AfterSuccess_ShowsTheSameTicketWithoutCreating()
    {
        var form = await ShowFormAsync();
        await SendAsync(SharingTurns.Press(form, "share-submit"));
        var first = SharingTurns.Title(host.Adapter.Updated.Last());

        await SendAsync(SharingTurns.Press(form, "share-submit"));

        Assert.Equal(first, SharingTurns.Title(host.Adapter.Updated.Last()));
        Assert.Single(TicketsFor(Assert.Single(host.Submissions.All).CorrelationId));
    }

    [Fact]
    public async Task BotRestartMidCall_ProcessorFindsTheTicketByCorrelationIdInsteadOfCreatingAnother()
    {
        var form = await ShowFormAsync();
        host.Network.SlowDownNextCreate(f => host.SetFaultsAsync(f, ct), latencyMs: 1500);
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(ct);

        var turn = host.Adapter.ProcessAsync(SharingTurns.Press(form, "share-submit"), host.Bot, stopping.Token);
        await host.Network.PostSent.Task.WaitAsync(ct);
        await stopping.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => turn);
        await host.Network.DrainAsync();
        var left = Assert.Single(host.Submissions.All).Status;
        host.Time.Advance(TimeSpan.FromMinutes(2));
        await host.Processor.ProcessQueuedOnceAsync(ct);

        Assert.Equal(SubmissionStatus.Creating, left);
        var submission = Assert.Single(host.Submissions.All);
        Assert.Equal(SubmissionStatus.Created, submission.Status);
        Assert.Equal(Assert.Single(TicketsFor(submission.CorrelationId))["number"], submission.Ticket!.Number);
        Assert.Equal(form.Id, host.Adapter.Updated.Last().Id);
    }

    [Fact]
    public async Task TimeoutAfterRecordCreated_RetryFindsItByCorrelationId()
    {
        var form = await ShowFormAsync();
        host.Network.SlowDownNextCreate(f => host.SetFaultsAsync(f, ct), latencyMs: 3000);

        var turn = SendAsync(SharingTurns.Press(form, "share-submit"));
        await host.Network.PostSent.Task.WaitAsync(ct);
        host.Time.Advance(TimeSpan.FromSeconds(2)); // the client's attempt timeout, if it runs on the injected clock
        await turn;
        var shown = SharingTurns.Title(host.Adapter.Updated.Last());
        await host.Network.DrainAsync();
        var landed = TicketsFor(Assert.Single(host.Submissions.All).CorrelationId).Count;
        host.Time.Advance(TimeSpan.FromMinutes(1));
        await host.Processor.ProcessQueuedOnceAsync(ct);

        Assert.Equal("Queued for ServiceNow", shown);
        Assert.Equal(1, landed);
        var submission = Assert.Single(host.Submissions.All);
        Assert.Equal(SubmissionStatus.Created, submission.Status);
        Assert.Single(TicketsFor(submission.CorrelationId));
        Assert.Equal($"Ticket {submission.Ticket!.Number} created in ServiceNow", SharingTurns.Title(host.Adapter.Updated.Last()));
    }

    [Fact]
    public async Task ServiceNowDown_QueuedThenCreatedWhenBack()
    {
        var form = await ShowFormAsync();
        await host.SetFaultsAsync(new { serviceUnavailable = true }, ct);

        await SendAsync(SharingTurns.Press(form, "share-submit"));
        var shown = SharingTurns.Title(host.Adapter.Updated.Last());
        await host.SetFaultsAsync(new { }, ct);
        await host.Processor.ProcessQueuedOnceAsync(ct);
        var beforeRetryTime = host.Rows("change_request").Count;
        host.Time.Advance(TimeSpan.FromMinutes(1));
        await host.Processor.ProcessQueuedOnceAsync(ct);

        Assert.Equal("Queued for ServiceNow", shown);
        var submission = Assert.Single(host.Submissions.All);
        Assert.Equal(SubmissionStatus.Created, submission.Status);
        Assert.Equal(beforeRetryTime + 1, host.Rows("change_request").Count);
        Assert.Single(TicketsFor(submission.CorrelationId));
        var update = host.Adapter.Updated.Last();
        Assert.Equal((form.Id, $"Ticket {submission.Ticket!.Number} created in ServiceNow"), (update.Id, SharingTurns.Title(update)));
    }

    private List<Dictionary<string, string>> TicketsFor(string correlationId) =>
        [.. host.Rows("change_request").Concat(host.Rows("incident")).Where(r => r.GetValueOrDefault("correlation_id") == correlationId)];

    private async Task<Activity> ShowFormAsync()
    {
        await SendAsync(SharingTurns.Text("share AdminMFAV2"));
        return host.Adapter.Sent.Last();
    }

    private Task SendAsync(Activity activity) => host.Adapter.ProcessAsync(activity, host.Bot, ct);
}
