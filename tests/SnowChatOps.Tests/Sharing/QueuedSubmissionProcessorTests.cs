using SnowChatOps.Bot.ServiceNow.Errors;
using SnowChatOps.Bot.Sharing.Submission;
using SnowChatOps.TestSupport.Harness;
using SnowChatOps.Tests.Sharing.Fakes;

namespace SnowChatOps.Tests.Sharing;

public sealed class QueuedSubmissionProcessorTests
{
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task ProcessQueuedOnce_ServiceNowBackAfterRetryTime_CreatesAndUpdatesTheCardInPlace()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var share = await ShareScenario.StartAsync(harness);
        share.ServiceNow.FailNextWith(new ServiceNowUnavailableException("down"));
        await share.SendAsync();
        var processor = harness.Get<QueuedSubmissionProcessor>();

        await processor.ProcessQueuedOnceAsync(ct);
        var earlySends = share.ServiceNow.Sent.Count;
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        await processor.ProcessQueuedOnceAsync(ct);

        Assert.Equal(0, earlySends);
        Assert.Single(share.ServiceNow.Sent);
        Assert.Equal(SubmissionStatus.Created, Assert.Single(share.Submissions.All).Status);
        var update = harness.Adapter.Updates.Last();
        Assert.Equal(share.FormId, update.Id);
        Assert.Equal("Ticket CHG0010001 created in ServiceNow", CardReader.From(update).Title);
    }

    [Fact]
    public async Task ProcessQueuedOnce_StoredLocaleIsNotACulture_UpdatesTheCardInEnglish()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var share = await ShareScenario.StartAsync(harness);
        share.ServiceNow.FailNextWith(new ServiceNowUnavailableException("down"));
        await share.SendAsync();
        await share.Submissions.TryReplaceAsync(Assert.Single(share.Submissions.All) with { Locale = "not a culture!" }, ct);
        harness.Time.Advance(TimeSpan.FromMinutes(1));

        await harness.Get<QueuedSubmissionProcessor>().ProcessQueuedOnceAsync(ct);

        Assert.Equal("Ticket CHG0010001 created in ServiceNow", CardReader.From(harness.Adapter.Updates.Last()).Title);
    }

    [Fact]
    public async Task ProcessQueuedOnce_StillDown_BacksOffExponentially()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var share = await ShareScenario.StartAsync(harness);
        share.ServiceNow.FailNextWith(new ServiceNowUnavailableException("down")).FailNextWith(new ServiceNowUnavailableException("down"));
        await share.SendAsync();
        harness.Time.Advance(TimeSpan.FromMinutes(1));

        await harness.Get<QueuedSubmissionProcessor>().ProcessQueuedOnceAsync(ct);

        var submission = Assert.Single(share.Submissions.All);
        Assert.Equal(SubmissionStatus.Queued, submission.Status);
        Assert.Equal(harness.Time.GetUtcNow().AddMinutes(2), submission.NextAttemptAt);
    }

    [Fact]
    public async Task ProcessQueuedOnce_CreateLandedButBotStoppedMidCall_FindsTicketByCorrelationIdInsteadOfCreating()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var share = await ShareScenario.StartAsync(harness);
        share.ServiceNow.LoseNextCreateAnswer(new InvalidOperationException("host stopping"));
        await share.SendAsync(); // the turn dies after ServiceNow stored the ticket
        var processor = harness.Get<QueuedSubmissionProcessor>();

        await processor.ProcessQueuedOnceAsync(ct);
        var whileFresh = Assert.Single(share.Submissions.All).Status;
        harness.Time.Advance(TimeSpan.FromMinutes(2));
        await processor.ProcessQueuedOnceAsync(ct);

        Assert.Equal(SubmissionStatus.Creating, whileFresh);
        Assert.Single(share.ServiceNow.Sent);
        var submission = Assert.Single(share.Submissions.All);
        Assert.Equal((SubmissionStatus.Created, "CHG0010001"), (submission.Status, submission.Ticket!.Number));
        Assert.Equal("Ticket CHG0010001 created in ServiceNow", CardReader.From(harness.Adapter.Updates.Last()).Title);
    }

    [Fact]
    public async Task ProcessQueuedOnce_HeldForDuplicates_LeavesItToTheUser()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var share = await ShareScenario.StartAsync(harness);
        share.ServiceNow.WithOpenTicket(BotHarness.TenantId, "AdminMFAV2");
        await share.SendAsync();
        harness.Time.Advance(TimeSpan.FromHours(1));

        await harness.Get<QueuedSubmissionProcessor>().ProcessQueuedOnceAsync(ct);

        Assert.Equal(SubmissionHold.Duplicates, Assert.Single(share.Submissions.All).Hold);
        Assert.Empty(share.ServiceNow.Sent);
    }

    [Fact]
    public async Task ProcessQueuedOnce_ConversationUnknown_StillRecordsTheTicket()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var share = await ShareScenario.StartAsync(harness);
        share.ServiceNow.FailNextWith(new ServiceNowUnavailableException("down"));
        await share.SendAsync();
        var submission = Assert.Single(share.Submissions.All);
        await harness.Conversations.MarkInactiveAsync(submission.TenantId, submission.ConversationId, ct);
        var updatesBefore = harness.Adapter.Updates.Count;
        harness.Time.Advance(TimeSpan.FromMinutes(1));

        await harness.Get<QueuedSubmissionProcessor>().ProcessQueuedOnceAsync(ct);

        Assert.Equal(SubmissionStatus.Created, Assert.Single(share.Submissions.All).Status);
        Assert.Equal(updatesBefore, harness.Adapter.Updates.Count);
    }
}
