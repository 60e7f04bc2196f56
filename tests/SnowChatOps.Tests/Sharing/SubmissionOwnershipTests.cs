using Microsoft.Bot.Schema;
using SnowChatOps.Bot.ServiceNow.Errors;
using SnowChatOps.Bot.Sharing.Submission;
using SnowChatOps.TestSupport.Harness;
using SnowChatOps.Tests.MessageExtension.Fakes;
using SnowChatOps.Tests.Sharing.Fakes;
using SnowChatOps.TestSupport.Fakes;

namespace SnowChatOps.Tests.Sharing;

/// <summary>A submission (held, queued, pending) belongs to the user who created it (issue 15, item 3).</summary>
public sealed class SubmissionOwnershipTests
{
    private const string Refusal =
        "This ticket form belongs to Megan Bowen, who started it; only they can send it. To share it yourself, start your own: type **share AdminMFAV2**.";

    [Fact]
    public async Task CreateAnyway_HeldSubmissionOfAnotherUser_IsRefusedAndCreatesNothing()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var share = await ShareScenario.StartAsync(harness);
        share.ServiceNow.WithOpenTicket(BotHarness.TenantId, "AdminMFAV2");
        var warning = CardReader.From(Assert.Single(await share.SendAsync()));

        var reply = Assert.Single(await share.SendAsync(AsAdele(ShareDriver.Press(warning, share.FormId, verb: "share-anyway"))));

        Assert.Equal(Refusal, reply.Text);
        Assert.Empty(share.ServiceNow.Sent);
        Assert.Equal(SubmissionHold.Duplicates, Assert.Single(share.Submissions.All).Hold);
    }

    [Fact]
    public async Task Send_OwnFormCarryingAnotherUsersHeldCorrelationId_IsRefusedAndKeepsTheirValues()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var share = await ShareScenario.StartAsync(harness);
        share.ServiceNow.WithOpenTicket(BotHarness.TenantId, "AdminMFAV2");
        await share.SendAsync();

        var reply = Assert.Single(await share.SendAsync(AsAdele(share.PressSend(d => d["name"] = "Adele's ticket"))));

        Assert.Equal(Refusal, reply.Text);
        Assert.Empty(share.ServiceNow.Sent);
        Assert.Equal("Require MFA for administrative roles", Assert.Single(share.Submissions.All).Form.Name);
    }

    [Fact]
    public async Task Send_QueuedSubmissionOfAnotherUser_IsRefused()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var share = await ShareScenario.StartAsync(harness);
        share.ServiceNow.FailNextWith(new ServiceNowUnavailableException("down"));
        await share.SendAsync();

        var reply = Assert.Single(await share.SendAsync(AsAdele(share.PressSend())));

        Assert.Equal(Refusal, reply.Text);
        Assert.Equal(SubmissionStatus.Queued, Assert.Single(share.Submissions.All).Status);
    }

    [Fact]
    public async Task Send_OwnerPressesAgain_IsNotRefused()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var share = await ShareScenario.StartAsync(harness);
        share.ServiceNow.WithOpenTicket(BotHarness.TenantId, "AdminMFAV2");
        var warning = CardReader.From(Assert.Single(await share.SendAsync()));

        var created = CardReader.From(Assert.Single(await share.SendAsync(ShareDriver.Press(warning, share.FormId, verb: "share-anyway"))));

        Assert.Equal("Ticket CHG0010002 created in ServiceNow", created.Title);
    }

    [Fact]
    public async Task SubmitDialog_PendingSubmissionOfAnotherUser_IsRefusedWithTheDialogsReason()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var driver = new DialogDriver(harness);
        var form = await driver.OpenAsync();
        harness.ServiceNow.FailNextWith(new ServiceNowRequestRejectedException("rejected") { StatusCode = System.Net.HttpStatusCode.Forbidden, ServiceNowMessage = "Data policy" });
        await driver.SubmitAsync(form, d => d["category"] = "Apps");

        var answer = await driver.InvokeAsync(AsAdele(MessageInvokes.Submit(form.Press(d => d["category"] = "Identity"))));

        Assert.Equal("Not your dialog", answer.CardTitle);
        Assert.Empty(harness.ServiceNow.Sent);
        Assert.Equal(SubmissionStatus.Failed, Assert.Single(harness.Get<InMemorySubmissionStore>().All).Status);
    }

    private static Activity AsAdele(Activity activity)
    {
        activity.From = new ChannelAccount("user-2", "Adele Vance") { AadObjectId = "aad-user-2" };
        return activity;
    }
}
