using System.Net;
using SnowChatOps.Bot.ServiceNow.Errors;
using SnowChatOps.Bot.Sharing.Submission;
using SnowChatOps.TestSupport.Harness;
using SnowChatOps.Tests.Sharing.Fakes;

namespace SnowChatOps.Tests.Sharing;

public sealed class ShareOutcomeTests
{
    [Fact]
    public async Task Send_OpenTicketExistsForAction_OffersOpenItOrCreateAnother()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var share = await ShareScenario.StartAsync(harness);
        share.ServiceNow.WithOpenTicket(BotHarness.TenantId, "AdminMFAV2");

        var card = CardReader.From(Assert.Single(await share.SendAsync()));

        Assert.Equal("There is already an open ticket", card.Title);
        Assert.Contains("- CHG0010001 (Change request)", card.Texts);
        Assert.Equal(["Open it", "Create another anyway"], card.ActionTitles);
        Assert.Equal(share.Form.Json["actions"]![0]!["data"]!["arg"], card.Json["actions"]![1]!["data"]!["arg"]);
        Assert.Empty(share.ServiceNow.Sent);
        Assert.Equal(SubmissionHold.Duplicates, Assert.Single(share.Submissions.All).Hold);
    }

    [Fact]
    public async Task CreateAnyway_AfterDuplicateWarning_CreatesOnceWithTheSameCorrelationId()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var share = await ShareScenario.StartAsync(harness);
        share.ServiceNow.WithOpenTicket(BotHarness.TenantId, "AdminMFAV2");
        var warning = CardReader.From(Assert.Single(await share.SendAsync()));

        var created = CardReader.From(Assert.Single(await share.SendAsync(ShareDriver.Press(warning, share.FormId, verb: "share-anyway"))));
        var again = Assert.Single(await share.SendAsync(ShareDriver.Press(warning, share.FormId, verb: "share-anyway")));

        Assert.Equal("Ticket CHG0010002 created in ServiceNow", created.Title);
        Assert.Equal("Ticket CHG0010002 created in ServiceNow", CardReader.From(again).Title);
        var sent = Assert.Single(share.ServiceNow.Sent).Ticket;
        Assert.Equal(Assert.Single(share.Submissions.All).CorrelationId, sent.CorrelationId);
    }

    [Fact]
    public async Task Send_ServiceNowDown_ShowsQueuedAndKeepsSubmission()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var share = await ShareScenario.StartAsync(harness);
        share.ServiceNow.FailNextWith(new ServiceNowUnavailableException("down"));

        var card = CardReader.From(Assert.Single(await share.SendAsync()));

        Assert.Equal("Queued for ServiceNow", card.Title);
        var submission = Assert.Single(share.Submissions.All);
        Assert.Equal(SubmissionStatus.Queued, submission.Status);
        Assert.Equal(harness.Time.GetUtcNow().AddMinutes(1), submission.NextAttemptAt);
    }

    [Fact]
    public async Task Send_RateLimitedWithRetryAfter_QueuesUntilThen()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var share = await ShareScenario.StartAsync(harness);
        share.ServiceNow.FailNextWith(new ServiceNowRateLimitedException("429", TimeSpan.FromMinutes(10)));

        await share.SendAsync();

        Assert.Equal(harness.Time.GetUtcNow().AddMinutes(10), Assert.Single(share.Submissions.All).NextAttemptAt);
    }

    [Fact]
    public async Task Send_ConnectionLostSinceFormShown_ShowsAuthorizeCardAndHoldsSubmission()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var share = await ShareScenario.StartAsync(harness);
        await harness.DisconnectServiceNowAsync();

        var card = CardReader.From(Assert.Single(await share.SendAsync()));

        Assert.Equal("Authorize ServiceNow first", card.Title);
        Assert.Equal(SubmissionHold.NotConnected, Assert.Single(share.Submissions.All).Hold);
        Assert.Empty(share.ServiceNow.Sent);
    }

    [Fact]
    public async Task Send_ReconnectedAfterAuthorizeCard_CreatesOnResend()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var share = await ShareScenario.StartAsync(harness);
        share.ServiceNow.FailNextWith(new ServiceNowReauthorizationRequiredException(BotHarness.TenantId, "refresh rejected"));
        await share.SendAsync();

        var card = CardReader.From(Assert.Single(await share.SendAsync()));

        Assert.Equal("Ticket CHG0010001 created in ServiceNow", card.Title);
        Assert.Single(share.ServiceNow.Sent);
    }

    [Fact]
    public async Task Send_ServiceNowRefuses_ReturnsFormWithServiceNowReason()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var share = await ShareScenario.StartAsync(harness);
        share.ServiceNow.FailNextWith(new ServiceNowForbiddenException("403") { StatusCode = HttpStatusCode.Forbidden, ServiceNowMessage = "Operation against file 'change_request' was aborted by Business Rule" });

        var form = CardReader.From(Assert.Single(await share.SendAsync()));

        Assert.Equal("Share to ServiceNow", form.Title);
        Assert.Contains("ServiceNow did not accept the ticket: Operation against file 'change_request' was aborted by Business Rule. Check the fields and send again.", form.Texts);
        Assert.Equal(SubmissionStatus.Failed, Assert.Single(share.Submissions.All).Status);
    }
}
